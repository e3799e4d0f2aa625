package org.entente.party;

import org.entente.support.OnPostgres;

@OnPostgres
class PartyOnPostgresIntegrationTests extends PartyContract {
}
