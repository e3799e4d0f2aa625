package org.entente.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL access rules. The security configuration applies the rules of every module and then denies
 * any request that no rule names, so an endpoint nobody declared is unreachable. URL rules are the first gate;
 * application services still check roles and party scope on the object itself.
 */
public interface AccessRules {

    /** Rules for {@code /api/**}, called with bearer tokens. */
    default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    }

    /** Rules for the server-rendered pages, called with a login session. */
    default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    }
}
