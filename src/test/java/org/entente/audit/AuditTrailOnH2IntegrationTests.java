package org.entente.audit;

import org.entente.support.IntegrationTest;

@IntegrationTest
class AuditTrailOnH2IntegrationTests extends AuditTrailContract {
}
