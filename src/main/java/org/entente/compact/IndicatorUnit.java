package org.entente.compact;

/** The unit an indicator is measured in. */
public enum IndicatorUnit {
    COUNT, PERCENT, RATIO, MONEY, DAYS, BOOLEAN, SCORE
}
