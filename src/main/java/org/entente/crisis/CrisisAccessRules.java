package org.entente.crisis;

import org.entente.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class CrisisAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/crises", "/api/v1/crises/**").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/crises", "/api/v1/crises/*/events", "/api/v1/crises/*/closure",
                "/api/v1/crises/*/sitreps", "/api/v1/crises/*/alerts", "/api/v1/crises/*/alerts/*/update",
                "/api/v1/crises/*/alerts/*/cancel").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/crises/*/sitreps/new", "/crises/*/events").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/crises/*/sitreps").hasRole("FOCAL_POINT");
        rules.requestMatchers(HttpMethod.POST, "/crises/*/alerts").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.GET, "/crises", "/crises/*", "/crises/*/sitreps/*").permitAll();
    }
}
