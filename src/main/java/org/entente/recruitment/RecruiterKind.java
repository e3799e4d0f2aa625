package org.entente.recruitment;

import org.entente.shared.Labelled;

/** What kind of organisation recruits: an agency placing workers, or an employer recruiting directly. */
@Labelled("recruitment.kind")
public enum RecruiterKind { AGENCY, EMPLOYER }
