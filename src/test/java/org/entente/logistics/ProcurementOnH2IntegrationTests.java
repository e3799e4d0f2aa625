package org.entente.logistics;

import org.entente.support.IntegrationTest;

@IntegrationTest
class ProcurementOnH2IntegrationTests extends ProcurementContract {
}
