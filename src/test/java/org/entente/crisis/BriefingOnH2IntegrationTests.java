package org.entente.crisis;

import org.entente.support.IntegrationTest;

@IntegrationTest
class BriefingOnH2IntegrationTests extends BriefingContract {
}
