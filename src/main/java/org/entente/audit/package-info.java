/**
 * The tamper-evident audit trail (CORE-4). Every state change in every module appends one entry, in the same
 * transaction, through {@link org.entente.audit.AuditTrail}. Each entry's SHA-256 covers the previous entry's
 * hash and its own canonical content, so altering, removing or reordering any entry breaks the chain at exactly
 * that entry; {@link org.entente.audit.AuditTrail#verify()} recomputes it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.entente.audit;
