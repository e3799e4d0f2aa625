package org.entente.crisis;

/** Humanitarian sectors (clusters) in which needs and gaps are reported. */
public enum Sector {
    HEALTH, WASH, SHELTER, FOOD_SECURITY, NUTRITION, PROTECTION, EDUCATION, LOGISTICS, TELECOMMUNICATIONS,
    EARLY_RECOVERY, CAMP_MANAGEMENT
}
