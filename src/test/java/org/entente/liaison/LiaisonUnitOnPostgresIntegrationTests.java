package org.entente.liaison;

import org.entente.support.OnPostgres;

@OnPostgres
class LiaisonUnitOnPostgresIntegrationTests extends LiaisonUnitContract {
}
