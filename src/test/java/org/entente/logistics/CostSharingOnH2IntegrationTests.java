package org.entente.logistics;

import org.entente.support.IntegrationTest;

@IntegrationTest
class CostSharingOnH2IntegrationTests extends CostSharingContract {
}
