package org.entente.sharing;

import org.entente.support.OnPostgres;

@OnPostgres
class SharingOnPostgresIntegrationTests extends SharingContract {
}
