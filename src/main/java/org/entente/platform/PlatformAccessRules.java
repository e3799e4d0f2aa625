package org.entente.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class PlatformAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/actuator/health/**",
                "/actuator/info").permitAll();
        rules.requestMatchers("/actuator/**").hasAnyRole("ADMIN", "AUDITOR");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/", "/error", "/css/**", "/js/**", "/geo/**", "/webjars/**", "/favicon.ico",
                "/swagger-ui.html", "/swagger-ui/**").permitAll();
        rules.requestMatchers("/start").authenticated();
    }
}
