package org.entente.mobility;

import org.entente.shared.Labelled;

/** How a qualification is recognised for an occupation: fully, partly (with conditions), or not. */
@Labelled("mobility.outcome")
public enum RecognitionOutcome { FULL, PARTIAL, NONE }
