package org.entente.audit;

import org.entente.support.OnPostgres;

@OnPostgres
class AuditTrailOnPostgresIntegrationTests extends AuditTrailContract {
}
