package org.entente.monitoring.web;

import org.entente.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may call what in monitoring: verified values are open data; reporting is the focal point's, verifying a monitor's. */
@Component
class MonitoringAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/compacts/*/values", "/api/v1/compacts/*/scorecard").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/monitoring/submissions").hasRole("FOCAL_POINT");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/monitoring/submissions/*/verification").hasRole("MONITOR");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/monitoring/submissions/*/reopening").hasRole("SECRETARIAT");
        rules.requestMatchers(HttpMethod.GET, "/api/v1/monitoring/submissions/*", "/api/v1/monitoring/obligations",
                "/api/v1/monitoring/submissions/*/evidence").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/monitoring/submissions/*/evidence")
                .hasAnyRole("MONITOR", "FOCAL_POINT");
        rules.requestMatchers(HttpMethod.GET, "/api/v1/compacts/*/review-items", "/api/v1/compacts/*/trigger-rules")
                .permitAll();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/compacts/*/trigger-rules",
                "/api/v1/monitoring/trigger-rules/*/activation", "/api/v1/monitoring/review-items/*/closing")
                .hasRole("SECRETARIAT");
        rules.requestMatchers(HttpMethod.GET, "/api/v1/compacts/*/reviews", "/api/v1/compacts/*/reviews/*")
                .permitAll();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/compacts/*/reviews", "/api/v1/monitoring/reviews/*/gathering",
                "/api/v1/monitoring/reviews/*/findings", "/api/v1/monitoring/reviews/*/approval")
                .hasRole("SECRETARIAT");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/monitoring/actions/*/progress")
                .hasAnyRole("FOCAL_POINT", "SECRETARIAT");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/compacts/*/scorecard", "/compacts/*/indicators/*",
                "/compacts/*/review-items", "/compacts/*/parties/*/compliance").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/compacts/*/trigger-rules", "/monitoring/trigger-rules/*/activation",
                "/monitoring/review-items/*/closing").hasRole("SECRETARIAT");
        rules.requestMatchers(HttpMethod.GET, "/compacts/*/reviews", "/compacts/*/reviews/*",
                "/compacts/*/reviews/*/report.pdf").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/compacts/*/reviews", "/monitoring/reviews/*/gathering",
                "/monitoring/reviews/*/findings", "/monitoring/reviews/*/approval").hasRole("SECRETARIAT");
        rules.requestMatchers(HttpMethod.POST, "/monitoring/actions/*/progress").hasAnyRole("FOCAL_POINT", "SECRETARIAT");
        rules.requestMatchers(HttpMethod.GET, "/monitoring", "/monitoring/**").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/monitoring/reports", "/monitoring/imports", "/monitoring/uploads")
                .hasRole("FOCAL_POINT");
        rules.requestMatchers(HttpMethod.POST, "/monitoring/submissions/*/verification").hasRole("MONITOR");
        rules.requestMatchers(HttpMethod.POST, "/monitoring/submissions/*/reopening").hasRole("SECRETARIAT");
        rules.requestMatchers(HttpMethod.POST, "/monitoring/submissions/*/evidence").hasAnyRole("MONITOR", "FOCAL_POINT");
    }
}
