package org.entente.logistics.web;

import org.entente.platform.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class LogisticsAccessRules implements AccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/v1/logistics/commodities", "/api/v1/logistics/crises/*/cost-sharing",
                "/api/v1/logistics/crises/*/transparency", "/api/v1/logistics/tenders/*/ocds").permitAll();
        rules.requestMatchers(HttpMethod.GET, "/api/v1/logistics/crises/*/pledges", "/api/v1/logistics/tenders",
                "/api/v1/logistics/tenders/*").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/logistics/crises/*/pledges", "/api/v1/logistics/pledges/*/fulfilment",
                "/api/v1/logistics/pledges/*/withdrawal", "/api/v1/logistics/pledges/*/destination").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/logistics/tenders", "/api/v1/logistics/tenders/*/bids",
                "/api/v1/logistics/tenders/*/award").hasAnyRole("LOGISTICS_OFFICER", "FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.PUT, "/api/v1/logistics/crises/*/cost-sharing")
                .hasAnyRole("FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.GET, "/api/v1/logistics/nodes", "/api/v1/logistics/links",
                "/api/v1/logistics/warehouses/*/stock", "/api/v1/logistics/warehouses/*/movements").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/logistics/allocation/solve").authenticated();
        rules.requestMatchers(HttpMethod.GET, "/api/v1/logistics/allocation/jobs/*").authenticated();
        rules.requestMatchers(HttpMethod.DELETE, "/api/v1/logistics/allocation/jobs/*").authenticated();
        rules.requestMatchers(HttpMethod.GET, "/api/v1/logistics/crises/*/requests", "/api/v1/logistics/requests/*",
                "/api/v1/logistics/requests/*/decisions",
                "/api/v1/logistics/crises/*/allocation-plans", "/api/v1/logistics/allocation-plans/*").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/logistics/crises/*/allocation-plans",
                "/api/v1/logistics/allocation-plans/*/approval", "/api/v1/logistics/allocation-plans/*/withdrawal")
                .authenticated();
        rules.requestMatchers(HttpMethod.GET, "/api/v1/logistics/crises/*/shipments", "/api/v1/logistics/shipments/*")
                .authenticated();
        // Dispatch and cancellation by the origin's officer, tracking by either end, delivery by the destination.
        rules.requestMatchers(HttpMethod.POST, "/api/v1/logistics/shipments/*/dispatch", "/api/v1/logistics/shipments/*/events",
                "/api/v1/logistics/shipments/*/delivery", "/api/v1/logistics/shipments/*/cancellation").authenticated();
        // Who may draft, submit, approve or cancel depends on the party and the crisis's decision rights.
        rules.requestMatchers(HttpMethod.POST, "/api/v1/logistics/crises/*/requests", "/api/v1/logistics/requests/*/submission",
                "/api/v1/logistics/requests/*/approval", "/api/v1/logistics/requests/*/cancellation").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/api/v1/logistics/commodities")
                .hasAnyRole("LOGISTICS_OFFICER", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.PUT, "/api/v1/logistics/commodities/*")
                .hasAnyRole("LOGISTICS_OFFICER", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/logistics/nodes", "/api/v1/logistics/links",
                "/api/v1/logistics/links/*/closure", "/api/v1/logistics/links/*/reopening")
                .hasAnyRole("LOGISTICS_OFFICER", "FOCAL_POINT", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/api/v1/logistics/warehouses/*/movements")
                .hasAnyRole("LOGISTICS_OFFICER", "ADMIN");
        rules.requestMatchers(HttpMethod.PUT, "/api/v1/logistics/warehouses/*/minimums/*")
                .hasAnyRole("LOGISTICS_OFFICER", "ADMIN");
        // A party's own members read who sees its stock; its focal point or logistics officer sets it.
        rules.requestMatchers(HttpMethod.GET, "/api/v1/logistics/parties/*/stock-visibility").authenticated();
        rules.requestMatchers(HttpMethod.PUT, "/api/v1/logistics/parties/*/stock-visibility")
                .hasAnyRole("LOGISTICS_OFFICER", "FOCAL_POINT");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/logistics/crises/*/transparency").permitAll();
        rules.requestMatchers(HttpMethod.GET, "/logistics", "/logistics/warehouses/*", "/logistics/crises/*/requests",
                "/logistics/tenders", "/logistics/network").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/logistics/crises/*/pledges", "/logistics/pledges/*/fulfilment",
                "/logistics/pledges/*/withdrawal", "/logistics/pledges/*/destination", "/logistics/tenders",
                "/logistics/tenders/*/bids", "/logistics/tenders/*/award").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/logistics/crises/*/cost-sharing").hasAnyRole("FOCAL_POINT", "SECRETARIAT");
        rules.requestMatchers(HttpMethod.GET, "/logistics/commodities").permitAll();
        rules.requestMatchers(HttpMethod.POST, "/logistics/commodities")
                .hasAnyRole("LOGISTICS_OFFICER", "SECRETARIAT", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/logistics/links/*/close", "/logistics/links/*/reopen")
                .hasAnyRole("LOGISTICS_OFFICER", "FOCAL_POINT", "SECRETARIAT");
        rules.requestMatchers(HttpMethod.POST, "/logistics/nodes", "/logistics/links")
                .hasAnyRole("LOGISTICS_OFFICER", "FOCAL_POINT", "SECRETARIAT");
        rules.requestMatchers(HttpMethod.POST, "/logistics/crises/*/requests", "/logistics/requests/*/submit",
                "/logistics/requests/*/approve", "/logistics/requests/*/cancel", "/logistics/crises/*/plans",
                "/logistics/allocation-plans/*/approve", "/logistics/allocation-plans/*/withdraw",
                "/logistics/crises/*/plans/*/cancel",
                "/logistics/shipments/*/dispatch", "/logistics/shipments/*/track",
                "/logistics/shipments/*/deliver", "/logistics/shipments/*/cancel").authenticated();
        rules.requestMatchers(HttpMethod.POST, "/logistics/warehouses/*/movements", "/logistics/warehouses/*/minimums")
                .hasAnyRole("LOGISTICS_OFFICER", "ADMIN");
        rules.requestMatchers(HttpMethod.POST, "/logistics/stock-visibility").hasAnyRole("LOGISTICS_OFFICER", "FOCAL_POINT");
    }
}
