package org.entente.crisis;

import org.entente.shared.Labelled;

/** What kind of crisis it is. */
@Labelled("crisis.type")
public enum CrisisType {
    EPIDEMIC, PANDEMIC, EARTHQUAKE, FLOOD, CYCLONE, DROUGHT, WILDFIRE, CONFLICT_DISPLACEMENT, INDUSTRIAL_ACCIDENT, OTHER
}
