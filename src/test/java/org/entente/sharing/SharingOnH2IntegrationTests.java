package org.entente.sharing;

import org.entente.support.IntegrationTest;

@IntegrationTest
class SharingOnH2IntegrationTests extends SharingContract {
}
