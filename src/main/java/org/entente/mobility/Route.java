package org.entente.mobility;

import org.entente.shared.Labelled;

/** How recognition is reached: by an agreement between the parties, or by recognising prior learning. */
@Labelled("mobility.route")
public enum Route { AGREEMENT, PRIOR_LEARNING }
