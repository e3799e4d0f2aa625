package org.entente.compact;

import org.entente.shared.Labelled;

/** What area of cooperation a module covers. */
@Labelled("category")
public enum ModuleCategory {
    LABOUR_PROTECTION, ETHICAL_RECRUITMENT, SOCIAL_PROTECTION_PORTABILITY, SKILLS_RECOGNITION, DISPUTE_RESOLUTION,
    DATA_AND_TRANSPARENCY, FINANCING, CRISIS_COOPERATION, OTHER
}
