package org.entente.compact;

import org.entente.support.OnPostgres;

@OnPostgres
class AmendmentOnPostgresIntegrationTests extends AmendmentContract {
}
