package org.entente.mobility.web;

import org.entente.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may call what in mobility: the questions are public; a party's focal point records its answers. */
@Component
class MobilityAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/mobility/qualifications", "/api/v1/mobility/recognition",
                "/api/v1/mobility/totalisation").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/mobility/qualifications", "/api/v1/mobility/recognitions",
                "/api/v1/mobility/schemes", "/api/v1/mobility/agreements").hasRole("FOCAL_POINT");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/mobility/recognition", "/mobility/portability").permitAll();
    }
}
