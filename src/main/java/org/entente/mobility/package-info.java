/**
 * Mobility (MIG-9): recognition of qualifications between parties (fully, partly with conditions, or not; by
 * agreement or through recognition of prior learning) and portability of social-protection entitlements (periods
 * totalised, benefits paid abroad), with a calculator a worker can follow step by step
 * ({@link org.entente.mobility.Totalisation}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "platform", "party"})
package org.entente.mobility;
