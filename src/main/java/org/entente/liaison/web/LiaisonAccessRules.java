package org.entente.liaison.web;

import org.entente.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class LiaisonAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/liaison-units", "/api/v1/liaison-units/*",
                "/api/v1/liaison-units/*/meetings.ics").permitAll();
        rules.requestMatchers(HttpMethod.GET, "/api/v1/liaison-units/*/meetings", "/api/v1/liaison-units/*/notifications",
                "/api/v1/level-notices").authenticated();
        rules.requestMatchers("/api/v1/liaison-units", "/api/v1/liaison-units/*", "/api/v1/liaison-units/*/meetings",
                "/api/v1/liaison-units/*/members/*/confirmation").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/liaison-units/*/notifications/*/acknowledgement").authenticated();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        // Before the public GET rules below, which "/liaison-units/*" would otherwise match.
        rules.requestMatchers("/liaison-units/new", "/liaison-units/*/edit").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/liaison-units/*/notifications/*/acknowledge").authenticated();
        // A link in a notice e-mail or SMS: its secret is the credential, so it works without logging in.
        rules.requestMatchers("/notices/*").permitAll();
        rules.requestMatchers(HttpMethod.GET, "/liaison-units", "/liaison-units/*").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/liaison-units").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/liaison-units/*", "/liaison-units/*/members/*/confirm",
                "/liaison-units/*/meetings").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
    }
}
