package org.entente.crisis;

import org.entente.support.OnPostgres;

@OnPostgres
class NoticeOnPostgresIntegrationTests extends NoticeContract {
}
