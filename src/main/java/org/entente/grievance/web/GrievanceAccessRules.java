package org.entente.grievance.web;

import java.util.List;

import org.entente.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call what in grievances: a worker files and follows up without an account; figures and panel decisions are
 * public; casework is for mediators, ombudspersons and panel members (the service checks the case's parties).
 */
@Component
class GrievanceAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/v1/grievances", "/api/v1/grievances/follow-up",
                "/api/v1/grievances/follow-up/information", "/api/v1/grievances/inbound/sms").permitAll();
        rules.requestMatchers(HttpMethod.GET, "/api/v1/grievances/statistics", "/api/v1/grievances/decisions",
                "/api/v1/compacts/*/grievance-targets").permitAll();
        rules.requestMatchers(HttpMethod.PUT, "/api/v1/compacts/*/grievance-targets").hasRole("SECRETARIAT");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/grievances/keys/rewrap").hasRole("ADMIN");
        rules.requestMatchers("/api/v1/grievances/cases", "/api/v1/grievances/cases/**")
                .hasAnyRole("MEDIATOR", "OMBUDSPERSON", "PANEL_MEMBER");
    }

    @Override
    public List<String> formsWithoutSession() {
        return List.of("/report", "/report/**");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/report", "/report/how-it-works", "/report/follow-up",
                "/grievances/statistics", "/grievances/decisions", "/grievances/targets").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/grievances/targets/*").hasRole("SECRETARIAT");
        rules.requestMatchers(HttpMethod.POST, "/report", "/report/follow-up", "/report/follow-up/**").permitAll();
        rules.requestMatchers("/grievances", "/grievances/cases/**")
                .hasAnyRole("MEDIATOR", "OMBUDSPERSON", "PANEL_MEMBER");
    }
}
