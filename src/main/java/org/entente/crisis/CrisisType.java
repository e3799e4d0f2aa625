package org.entente.crisis;

/** What kind of crisis it is. */
public enum CrisisType {
    EPIDEMIC, PANDEMIC, EARTHQUAKE, FLOOD, CYCLONE, DROUGHT, WILDFIRE, CONFLICT_DISPLACEMENT, INDUSTRIAL_ACCIDENT, OTHER
}
