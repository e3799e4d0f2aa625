package org.entente.identity;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.entente.platform.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains. The API chain is stateless and takes bearer tokens; the page chain logs in with a form and
 * a session, with CSRF protection. Both apply every module's {@link AccessRules} and deny whatever is left.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No observations of the security filters, authentications or authorizations: they wrapped each of the chain's
     * filters on every request, for metrics nobody reads (the HTTP request metrics stay).
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings noSecurityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetails details, PasswordEncoder encoder,
            LoginAttempts attempts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(details);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthentication(passwords, attempts));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, List<AccessRules> modules, PersonalAccessTokens tokens)
            throws Exception {
        SecurityProblems problems = new SecurityProblems();
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(rules -> {
                    modules.forEach(m -> m.api(rules));
                    rules.anyRequest().denyAll();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, List<AccessRules> modules, AuthenticationManager manager,
            LocaleResolver locales) throws Exception {
        String[] withoutSession = modules.stream().flatMap(m -> m.formsWithoutSession().stream())
                .toArray(String[]::new);
        http.authenticationManager(manager)
                .csrf(csrf -> csrf.ignoringRequestMatchers(withoutSession))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/login").permitAll();
                    modules.forEach(m -> m.pages(rules));
                    rules.anyRequest().denyAll();
                })
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LanguageOnLogin(locales))
                        .failureHandler(new LoginFailure()))
                // Redirects name a path only, never the Host header a client sent.
                .exceptionHandling(e -> e.authenticationEntryPoint(relativeLogin()))
                .logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
                .headers(headers -> headers
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    private static org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint relativeLogin() {
        var entryPoint = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /**
     * After login the interface switches to the user's preferred language, and the user goes back to the page they
     * asked for, by its path alone: the saved address carries the Host header of the request that was saved.
     */
    private static final class LanguageOnLogin extends SavedRequestAwareAuthenticationSuccessHandler {
        private final LocaleResolver locales;

        private final org.springframework.security.web.savedrequest.RequestCache cache =
                new org.springframework.security.web.savedrequest.HttpSessionRequestCache();

        LanguageOnLogin(LocaleResolver locales) {
            this.locales = locales;
            setDefaultTargetUrl("/start");
            setRequestCache(cache);
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws ServletException, IOException {
            if (authentication.getPrincipal() instanceof EntenteUser user) {
                locales.setLocale(request, response, Locale.forLanguageTag(user.language()));
            }
            var saved = cache.getRequest(request, response);
            if (saved == null) {
                super.onAuthenticationSuccess(request, response, authentication);
                return;
            }
            cache.removeRequest(request, response);
            clearAuthenticationAttributes(request);
            java.net.URI asked = java.net.URI.create(saved.getRedirectUrl());
            String path = asked.getRawPath() == null || asked.getRawPath().isEmpty() ? "/" : asked.getRawPath();
            getRedirectStrategy().sendRedirect(request, response,
                    asked.getRawQuery() == null ? path : path + "?" + asked.getRawQuery());
        }
    }

    /** Tells a locked-out user to wait, without saying whether the name exists. */
    private static final class LoginFailure extends SimpleUrlAuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException e) throws IOException, ServletException {
            setDefaultFailureUrl(e instanceof LockedException ? "/login?locked" : "/login?error");
            super.onAuthenticationFailure(request, response, e);
        }
    }
}
