package org.entente.compact;

import org.entente.support.IntegrationTest;

@IntegrationTest
class AmendmentOnH2IntegrationTests extends AmendmentContract {
}
