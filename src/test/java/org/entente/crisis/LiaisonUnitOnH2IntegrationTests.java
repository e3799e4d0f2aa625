package org.entente.crisis;

import org.entente.support.IntegrationTest;

@IntegrationTest
class LiaisonUnitOnH2IntegrationTests extends LiaisonUnitContract {
}
