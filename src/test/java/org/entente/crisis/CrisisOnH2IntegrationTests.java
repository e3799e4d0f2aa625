package org.entente.crisis;

import org.entente.support.IntegrationTest;

@IntegrationTest
class CrisisOnH2IntegrationTests extends CrisisContract {
}
