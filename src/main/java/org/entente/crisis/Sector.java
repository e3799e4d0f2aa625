package org.entente.crisis;

import org.entente.shared.Labelled;

/** Humanitarian sectors (clusters) in which needs and gaps are reported. */
@Labelled("sector")
public enum Sector {
    HEALTH, WASH, SHELTER, FOOD_SECURITY, NUTRITION, PROTECTION, EDUCATION, LOGISTICS, TELECOMMUNICATIONS,
    EARLY_RECOVERY, CAMP_MANAGEMENT
}
