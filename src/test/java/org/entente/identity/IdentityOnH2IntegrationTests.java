package org.entente.identity;

import org.entente.support.IntegrationTest;

@IntegrationTest
class IdentityOnH2IntegrationTests extends IdentityContract {
}
