package org.entente.grievance;

import org.entente.shared.Labelled;

/** How soon a case needs an answer: SAFETY means the worker may be in danger, answered the same day. */
@Labelled("grievance.urgency")
public enum Urgency { NORMAL, HIGH, SAFETY }
