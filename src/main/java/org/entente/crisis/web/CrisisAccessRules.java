package org.entente.crisis.web;

import org.entente.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class CrisisAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/crises", "/api/v1/crises/**", "/api/v1/protocols",
                "/api/v1/protocols/*").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/protocols").hasAnyRole("SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/crises/*/actions/*/completion").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/crises/*/talking-points", "/api/v1/crises/*/talking-points/*/approval",
                "/api/v1/crises/*/talking-points/*/retirement").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.PUT, "/api/v1/crises/*/decision-rights").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.PUT, "/api/v1/crises/*/talking-points/*/translations/*")
                .hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/crises", "/api/v1/crises/*/events", "/api/v1/crises/*/closure",
                "/api/v1/crises/*/sitreps", "/api/v1/crises/*/alerts", "/api/v1/crises/*/alerts/*/update",
                "/api/v1/crises/*/alerts/*/cancel", "/api/v1/crises/*/protocol", "/api/v1/crises/*/escalation",
                "/api/v1/crises/*/escalation/proposals/*/dismissal").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/crises/*/sitreps/new", "/crises/*/events").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/crises/*/sitreps").hasRole("FOCAL_POINT");
        rules.requestMatchers(HttpMethod.POST, "/crises", "/crises/*/close", "/crises/*/decision-rights")
                .hasRole("FOCAL_POINT");
        rules.requestMatchers(HttpMethod.POST, "/crises/*/alerts", "/crises/*/alerts/*/cancel",
                "/crises/*/alerts/*/update", "/crises/*/escalation",
                "/crises/*/escalation/proposals/*/dismiss").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/crises/protocols").hasRole("SECRETARIAT");
        rules.requestMatchers(HttpMethod.POST, "/crises/*/protocol").hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/crises/*/actions/*/done").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/crises/*/talking-points/*/approve", "/crises/*/talking-points/*/retire")
                .hasRole("FOCAL_POINT");
        rules.requestMatchers(HttpMethod.POST, "/crises/*/talking-points", "/crises/*/talking-points/*/translate")
                .hasAnyRole("FOCAL_POINT", "SECRETARIAT");
        rules.requestMatchers(HttpMethod.GET, "/crises", "/crises/*", "/crises/*/sitreps/*", "/crises/*/briefing").permitAll();
    }
}
