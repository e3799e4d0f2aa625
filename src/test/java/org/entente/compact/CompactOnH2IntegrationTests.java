package org.entente.compact;

import org.entente.support.IntegrationTest;

@IntegrationTest
class CompactOnH2IntegrationTests extends CompactContract {
}
