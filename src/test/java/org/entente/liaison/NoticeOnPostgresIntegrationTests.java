package org.entente.liaison;

import org.entente.support.OnPostgres;

@OnPostgres
class NoticeOnPostgresIntegrationTests extends NoticeContract {
}
