package org.entente.recruitment;

import org.entente.shared.Labelled;

/** A sanction: a warning, a fine (with amount and currency), a suspension of the licence (until a day), a revocation. */
@Labelled("recruitment.sanction")
public enum SanctionKind { WARNING, FINE, SUSPENSION, REVOCATION }
