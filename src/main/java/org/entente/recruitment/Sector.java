package org.entente.recruitment;

import org.entente.shared.Labelled;

/** The sectors a licence covers. */
@Labelled("recruitment.sector")
public enum Sector { CONSTRUCTION, CARE, AGRICULTURE, DOMESTIC_WORK, HOSPITALITY, MANUFACTURING, FISHING, LOGISTICS,
    OTHER }
