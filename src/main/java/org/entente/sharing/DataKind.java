package org.entente.sharing;

import org.entente.shared.Labelled;

/**
 * The kinds of data a party sets red lines for. A sharing rule is per owner and kind, so a state can share its
 * situation reports with neighbours while keeping its stock levels to itself.
 */
@Labelled("datakind")
public enum DataKind {
    COMPACT,
    CRISIS,
    SITUATION_REPORT,
    BRIEFING,
    STOCK_LEVEL,
    ASSISTANCE_REQUEST,
    INDICATOR_REPORT,
    VERIFICATION,
    GRIEVANCE_STATISTICS,
    INSPECTION,
    FINANCE,
    ROSTER,
    EXERCISE
}
