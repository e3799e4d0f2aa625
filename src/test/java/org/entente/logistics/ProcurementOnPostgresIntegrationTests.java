package org.entente.logistics;

import org.entente.support.OnPostgres;

@OnPostgres
class ProcurementOnPostgresIntegrationTests extends ProcurementContract {
}
