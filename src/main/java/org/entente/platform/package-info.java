/**
 * The web platform every module stands on: the contract through which each module declares who may call its
 * URLs ({@link org.entente.platform.AccessRules}), RFC 9457 problem responses for every error, the request-size
 * limit, languages and right-to-left layout, the OpenAPI description, the home page, and the clock.
 * It holds no business capability of its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.entente.platform;
