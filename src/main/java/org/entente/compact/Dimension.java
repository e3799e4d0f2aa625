package org.entente.compact;

import org.entente.shared.Labelled;

/** A disaggregation an indicator is reported by. */
@Labelled("dimension")
public enum Dimension {
    SEX, AGE_GROUP, SECTOR, CORRIDOR, MIGRATORY_STATUS
}
