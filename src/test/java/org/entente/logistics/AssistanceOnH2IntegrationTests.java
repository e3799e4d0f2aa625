package org.entente.logistics;

import org.entente.support.IntegrationTest;

@IntegrationTest
class AssistanceOnH2IntegrationTests extends AssistanceContract {
}
