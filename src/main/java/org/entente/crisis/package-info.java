/**
 * Crisis liaison (CRI-1 to CRI-3): crises with their affected parties and timeline, and situation reports in one
 * standard structure, each classified and read only through the red lines of the {@code sharing} module. The crisis
 * dashboard consolidates the latest figures the viewer may see and says how many reports were withheld. Alerts are
 * issued in the OASIS Common Alerting Protocol 1.2 ({@link org.entente.crisis.CrisisAlerts}).
 * {@link org.entente.crisis.CrisisRoom} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "platform", "party", "sharing"})
package org.entente.crisis;
