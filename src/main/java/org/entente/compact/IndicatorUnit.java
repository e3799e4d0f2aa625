package org.entente.compact;

import org.entente.shared.Labelled;

/** The unit an indicator is measured in. */
@Labelled("unit")
public enum IndicatorUnit {
    COUNT, PERCENT, RATIO, MONEY, DAYS, BOOLEAN, SCORE
}
