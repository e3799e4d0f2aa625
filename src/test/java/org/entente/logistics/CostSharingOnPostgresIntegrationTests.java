package org.entente.logistics;

import org.entente.support.OnPostgres;

@OnPostgres
class CostSharingOnPostgresIntegrationTests extends CostSharingContract {
}
