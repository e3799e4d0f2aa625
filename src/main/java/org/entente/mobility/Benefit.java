package org.entente.mobility;

import org.entente.shared.Labelled;

/** The branches of social protection whose entitlements may travel. */
@Labelled("mobility.benefit")
public enum Benefit { PENSION, HEALTH, WORK_INJURY, UNEMPLOYMENT }
