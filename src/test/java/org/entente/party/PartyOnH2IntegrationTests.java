package org.entente.party;

import org.entente.support.IntegrationTest;

@IntegrationTest
class PartyOnH2IntegrationTests extends PartyContract {
}
