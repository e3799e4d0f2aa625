package org.entente.crisis;

/** The kinds of resources whose priorities a crisis's decision rights assign. */
public enum ResourceKind {
    HEALTH, WASH, SHELTER, FOOD, NFI, EQUIPMENT, SURGE_STAFF, FUNDS, OTHER
}
