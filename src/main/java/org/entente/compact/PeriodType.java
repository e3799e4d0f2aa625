package org.entente.compact;

import org.entente.shared.Labelled;

/** How often an indicator is reported, with the ISO 8601 period it is labelled by ({@code 2026}, {@code 2026S1}, {@code 2026Q3}, {@code 2026-07}). */
@Labelled("period")
public enum PeriodType {
    YEARLY, SIX_MONTHLY, QUARTERLY, MONTHLY
}
