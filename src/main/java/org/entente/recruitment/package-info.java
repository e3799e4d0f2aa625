/**
 * Ethical recruitment (MIG-8): the registry of recruitment agencies and employers with the licences their licensing
 * parties grant (by corridor and sector, for a period), and the sanctions imposed on them, public once final, so that
 * a worker can look a recruiter up before paying anyone anything. A sanction made final publishes
 * {@link org.entente.recruitment.RecruiterSanctioned}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "platform", "party", "sharing", "identity", "grievance"})
package org.entente.recruitment;
