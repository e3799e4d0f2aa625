/**
 * Accounts, memberships and roles, login and personal access tokens (CORE-2). A user acts for one or more parties
 * with roles per membership. The UI logs in with a form and a session (CSRF-protected, throttled after repeated
 * failures); the API takes {@code Authorization: Bearer} personal access tokens, stored only as SHA-256 hashes.
 * This module also assembles the security filter chains from every module's
 * {@link org.entente.platform.AccessRules} and denies whatever no rule names.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "platform", "party"})
package org.entente.identity;
