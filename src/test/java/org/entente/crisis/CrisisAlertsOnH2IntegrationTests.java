package org.entente.crisis;

import org.entente.support.IntegrationTest;

@IntegrationTest
class CrisisAlertsOnH2IntegrationTests extends CrisisAlertsContract {
}
