/**
 * Grievances and remedy (MIG-7): a worker files a grievance without an account, on the web without JavaScript, by
 * the JSON API or through an SMS gateway, and follows it with a receipt code and a passphrase; handlers of the
 * parties concerned take it from triage through mediation, the ombudsperson and a regional panel to a remedy. What
 * identifies the worker is encrypted at rest with a key per case ({@link org.entente.grievance.CaseVault}); public
 * statistics go through the small-count suppression of {@code sharing}. A closed case is announced with
 * {@link org.entente.grievance.GrievanceClosed}, without personal data.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "platform", "party", "sharing", "compact", "identity"})
package org.entente.grievance;
