/**
 * Monitoring (MIG-4, MIG-5): what parties report against the indicators of the compact modules they adhere to, and
 * its independent verification. A party's reporting calendar opens when its adherence becomes active
 * ({@link org.entente.compact.AdherenceAccepted}, {@link org.entente.compact.CompactEnteredIntoForce}); each
 * indicator is reported per ISO period ({@link org.entente.monitoring.ReportingPeriod}) by a web form or the API, through
 * one validation path that answers an import summary ({@link org.entente.monitoring.Submissions}); a monitor of
 * another party verifies each submission, and a verified value is locked. Verified values are open data.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "platform", "party", "sharing", "compact"})
package org.entente.monitoring;
