package org.entente.grievance;

import org.entente.shared.Labelled;

/** How a grievance reached us. */
@Labelled("grievance.channel")
public enum IntakeChannel { WEB, API, SMS }
