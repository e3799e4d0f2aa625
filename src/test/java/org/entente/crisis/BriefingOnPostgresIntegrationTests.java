package org.entente.crisis;

import org.entente.support.OnPostgres;

@OnPostgres
class BriefingOnPostgresIntegrationTests extends BriefingContract {
}
