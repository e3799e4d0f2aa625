package org.entente.crisis;

import org.entente.shared.Labelled;

/** The kinds of resources whose priorities a crisis's decision rights assign. */
@Labelled("resource")
public enum ResourceKind {
    HEALTH, WASH, SHELTER, FOOD, NFI, EQUIPMENT, SURGE_STAFF, FUNDS, OTHER
}
