package org.entente.compact;

/** A disaggregation an indicator is reported by. */
public enum Dimension {
    SEX, AGE_GROUP, SECTOR, CORRIDOR, MIGRATORY_STATUS
}
