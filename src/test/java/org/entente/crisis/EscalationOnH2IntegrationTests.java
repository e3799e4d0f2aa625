package org.entente.crisis;

import org.entente.support.IntegrationTest;

@IntegrationTest
class EscalationOnH2IntegrationTests extends EscalationContract {
}
