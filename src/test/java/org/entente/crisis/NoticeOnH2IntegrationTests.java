package org.entente.crisis;

import org.entente.support.IntegrationTest;

@IntegrationTest
class NoticeOnH2IntegrationTests extends NoticeContract {
}
