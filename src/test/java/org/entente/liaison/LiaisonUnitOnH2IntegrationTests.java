package org.entente.liaison;

import org.entente.support.IntegrationTest;

@IntegrationTest
class LiaisonUnitOnH2IntegrationTests extends LiaisonUnitContract {
}
