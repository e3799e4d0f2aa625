package org.entente.identity;

import org.entente.support.OnPostgres;

@OnPostgres
class IdentityOnPostgresIntegrationTests extends IdentityContract {
}
