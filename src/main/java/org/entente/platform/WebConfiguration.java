package org.entente.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class WebConfiguration implements WebMvcConfigurer {

    /** One clock for every deadline, sunset and escalation, replaced in tests to move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Limits on every value of a JSON body: no control characters in text, no runaway numbers. */
    @Bean
    org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer inputLimits() {
        return builder -> builder.addModule(InputLimits.module());
    }

    /** Tomcat answers what it refuses before the application with a problem document, not its HTML report. */
    @Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<
            org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** A request the security firewall refuses (an encoded slash, a backslash, a NUL) is a 400 problem. */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler() {
        return new org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler();
    }

    @Bean
    LocaleResolver localeResolver() {
        return new Languages.Resolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    @Bean
    OpenAPI ententeOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Entente API").version("v1")
                        .description("Migration compacts and crisis liaison. Errors are RFC 9457 problem documents; "
                                + "list endpoints take page (from 0) and size (at most 100).")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal access token from POST /api/v1/identity/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
