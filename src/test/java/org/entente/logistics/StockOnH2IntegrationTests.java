package org.entente.logistics;

import org.entente.support.IntegrationTest;

@IntegrationTest
class StockOnH2IntegrationTests extends StockContract {
}
