package org.entente.logistics;

import org.entente.support.IntegrationTest;

@IntegrationTest
class PlanOnH2IntegrationTests extends PlanContract {
}
