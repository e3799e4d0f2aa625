package org.entente.monitoring;

import org.entente.shared.Labelled;

/** How a submission came in: the web form, the API, or a spreadsheet. One validation path serves all three. */
@Labelled("channel")
public enum Channel {
    FORM, API, SPREADSHEET
}
