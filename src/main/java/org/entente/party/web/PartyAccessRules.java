package org.entente.party.web;

import org.entente.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class PartyAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/parties", "/api/v1/parties/*").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/parties").hasAnyRole("SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.PUT, "/api/v1/parties/*").hasAnyRole("SECRETARIAT", "ADMIN", "FOCAL_POINT");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/parties/*/focal-points/*/confirmation")
                .hasAnyRole("SECRETARIAT", "ADMIN", "FOCAL_POINT");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/parties").permitAll();
        rules.requestMatchers("/parties/new").hasAnyRole("SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/parties").hasAnyRole("SECRETARIAT", "ADMIN");
        rules.requestMatchers("/parties/*/edit", "/parties/*/focal-points/**")
                .hasAnyRole("SECRETARIAT", "ADMIN", "FOCAL_POINT");
        rules.requestMatchers(HttpMethod.GET, "/parties/*").permitAll();
    }
}
