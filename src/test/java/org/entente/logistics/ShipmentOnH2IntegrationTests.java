package org.entente.logistics;

import org.entente.support.IntegrationTest;

@IntegrationTest
class ShipmentOnH2IntegrationTests extends ShipmentContract {
}
