package org.entente.recruitment.web;

import org.entente.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may call what in recruitment: the lookup is public; licences and sanctions are the licensing party's. */
@Component
class RecruitmentAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/recruiters", "/api/v1/recruiters/*",
                "/api/v1/inspections/statistics", "/api/v1/inspections/*").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/inspections", "/api/v1/inspections/*/report")
                .hasAnyRole("FOCAL_POINT", "INSPECTOR");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/recruiters", "/api/v1/recruiters/*/licences",
                "/api/v1/recruiters/*/sanctions", "/api/v1/recruitment/sanctions/*/appeal",
                "/api/v1/recruitment/sanctions/*/remediation").hasAnyRole("FOCAL_POINT", "INSPECTOR");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/recruiters", "/recruiters/*", "/inspections").permitAll();
    }
}
