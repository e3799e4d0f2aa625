package org.entente.recruitment;

import org.entente.shared.Labelled;

/** A contract rule's result: met, violated, or not checked (nothing to check it against). */
@Labelled("recruitment.outcome")
public enum RuleOutcome { MET, VIOLATED, NOT_CHECKED }
