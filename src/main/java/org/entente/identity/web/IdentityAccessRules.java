package org.entente.identity.web;

import org.entente.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class IdentityAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/identity/tokens").permitAll();
        rules.requestMatchers("/api/v1/identity/me", "/api/v1/identity/tokens", "/api/v1/identity/tokens/*")
                .authenticated();
        // A party's focal point sets that party's membership of an account; the service checks the party.
        rules.requestMatchers(HttpMethod.PUT, "/api/v1/identity/users/*/memberships").authenticated();
        rules.requestMatchers("/api/v1/identity/users", "/api/v1/identity/users/**").hasRole("ADMIN");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/account", "/account/**").authenticated();
        rules.requestMatchers("/admin/users", "/admin/users/**").hasRole("ADMIN");
    }
}
