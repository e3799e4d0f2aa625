package org.entente.compact.web;

import org.entente.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class CompactAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/compacts", "/api/v1/compacts/**").permitAll();
        rules.requestMatchers("/api/v1/compacts/*/adherence/*", "/api/v1/compacts/*/adherence/*/withdrawal",
                "/api/v1/compacts/*/adherence/*/modules/*/reconfirmation").hasRole("FOCAL_POINT");
        rules.requestMatchers("/api/v1/compacts/*/adherence/*/acceptance", "/api/v1/compacts/*/adherence/*/return")
                .hasAnyRole("SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/compacts/*/modules/*/amendments")
                .hasAnyRole("SECRETARIAT", "ADMIN", "FOCAL_POINT");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/compacts/*/amendments/*/comments").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/compacts/*/amendments/*/adoption",
                "/api/v1/compacts/*/amendments/*/rejection").hasAnyRole("SECRETARIAT", "ADMIN");
        rules.requestMatchers("/api/v1/compacts", "/api/v1/compacts/*", "/api/v1/compacts/*/modules",
                "/api/v1/compacts/*/decisions",
                "/api/v1/compacts/*/modules/*", "/api/v1/compacts/*/opening").hasAnyRole("SECRETARIAT", "ADMIN");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/compacts/new", "/compacts/*/edit", "/compacts/*/modules/new",
                "/compacts/*/modules/*/edit", "/compacts/*/opening", "/compacts/*/decisions")
                .hasAnyRole("SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/compacts").hasAnyRole("SECRETARIAT", "ADMIN");
        rules.requestMatchers("/compacts/*/adherence/*/declare", "/compacts/*/adherence/*/withdraw",
                "/compacts/*/adherence/*/modules/*/reconfirm").hasRole("FOCAL_POINT");
        rules.requestMatchers("/compacts/*/adherence/*/accept", "/compacts/*/adherence/*/return")
                .hasAnyRole("SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.GET, "/commitments/*").permitAll();
        rules.requestMatchers("/compacts/*/modules/*/amend").hasAnyRole("SECRETARIAT", "ADMIN", "FOCAL_POINT");
        rules.requestMatchers(HttpMethod.POST, "/compacts/*/amendments/*/comments").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/compacts/*/amendments/*/adopt", "/compacts/*/amendments/*/reject")
                .hasAnyRole("SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.GET, "/compacts", "/compacts/**").permitAll();
    }
}
