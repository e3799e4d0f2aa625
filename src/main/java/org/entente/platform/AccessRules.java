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

    /**
     * Public forms that anonymous visitors post without a session, so without a CSRF token: a forged post could only
     * do what the visitor may do anyway, and such a form carries its own challenge. A worker filing a grievance is
     * given no session and no cookie but the language.
     */
    default java.util.List<String> formsWithoutSession() {
        return java.util.List.of();
    }

    /** Rules for the server-rendered pages, called with a login session. */
    default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    }
}
