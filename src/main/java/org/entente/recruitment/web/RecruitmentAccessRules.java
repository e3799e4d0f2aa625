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
        rules.requestMatchers(HttpMethod.POST, "/api/v1/contracts/verification").permitAll();
        rules.requestMatchers(HttpMethod.GET, "/api/v1/recruitment/sdg-10-7-1").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/contracts").authenticated();
        rules.requestMatchers(HttpMethod.GET, "/api/v1/contracts/*/worker").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/recruiters/*/agents").hasAnyRole("FOCAL_POINT", "INSPECTOR");
        rules.requestMatchers(HttpMethod.PUT, "/api/v1/minimum-wages/*/*").hasAnyRole("FOCAL_POINT", "INSPECTOR");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/inspections", "/api/v1/inspections/*/report")
                .hasAnyRole("FOCAL_POINT", "INSPECTOR");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/recruiters", "/api/v1/recruiters/*/licences",
                "/api/v1/recruiters/*/sanctions", "/api/v1/recruitment/sanctions/*/appeal",
                "/api/v1/recruitment/sanctions/*/remediation").hasAnyRole("FOCAL_POINT", "INSPECTOR");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/recruiters", "/recruiters/*", "/inspections", "/contracts/verify")
                .permitAll();
        rules.requestMatchers(HttpMethod.POST, "/contracts/verify", "/contracts/mismatch").permitAll();
    }

    /** The verification form is posted by workers without an account; the code is not put in an address. */
    @Override
    public java.util.List<String> formsWithoutSession() {
        return java.util.List.of("/contracts/verify", "/contracts/mismatch");
    }
}
