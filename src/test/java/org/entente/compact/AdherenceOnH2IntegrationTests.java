package org.entente.compact;

import org.entente.support.IntegrationTest;

@IntegrationTest
class AdherenceOnH2IntegrationTests extends AdherenceContract {
}
