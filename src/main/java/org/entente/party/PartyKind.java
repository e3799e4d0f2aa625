package org.entente.party;

import org.entente.shared.Labelled;

/** What kind of body a party is. Only a {@code STATE} carries an ISO 3166-1 alpha-3 code. */
@Labelled("kind")
public enum PartyKind {
    STATE, REGIONAL_BODY, INTERNATIONAL_ORG, UNION, EMPLOYER_ORG, CIVIL_SOCIETY, MIGRANT_ORG, OTHER
}
