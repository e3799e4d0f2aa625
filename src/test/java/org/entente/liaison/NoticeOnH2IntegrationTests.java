package org.entente.liaison;

import org.entente.support.IntegrationTest;

@IntegrationTest
class NoticeOnH2IntegrationTests extends NoticeContract {
}
