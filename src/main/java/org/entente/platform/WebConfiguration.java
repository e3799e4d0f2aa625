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
    @org.springframework.context.annotation.Profile("!demo")
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The demo writes its history at moments in the past ({@link TravellingClock}). */
    @Bean
    @org.springframework.context.annotation.Profile("demo")
    Clock demoClock() {
        return new TravellingClock.Demo();
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
    public void addResourceHandlers(org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry registry) {
        // Static files under their own prefixes only (Boot's catch-all mapping is off): a page's own links then match
        // no resource pattern, and rendering them costs no classpath lookups. WebJars keep their version-less paths.
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/geo/**").addResourceLocations("classpath:/static/geo/");
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new org.springframework.web.servlet.resource.LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new LayoutModel());
        registry.addInterceptor(new FormProblems());
    }

    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer schemaNames() {
        return new SchemaNames();
    }

    /** Every POST takes an Idempotency-Key (see IdempotentRequests); the description says so. */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer idempotencyKeys() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().stream().map(io.swagger.v3.oas.models.PathItem::getPost)
                    .filter(java.util.Objects::nonNull)
                    .forEach(post -> post.addParametersItem(new io.swagger.v3.oas.models.parameters.HeaderParameter()
                            .name(IdempotentRequests.HEADER).required(false)
                            .description("A key of your choice (1 to 200 visible ASCII characters): the same request "
                                    + "sent again with it within 24 hours is answered with the first response and "
                                    + "creates nothing twice; the key with another request gets 422.")
                            .schema(new io.swagger.v3.oas.models.media.StringSchema().maxLength(200))));
        };
    }

    static {
        // A time of day travels as ISO 8601 text ("09:00:00"); without this it is described as an object.
        org.springdoc.core.utils.SpringDocUtils.getConfig().replaceWithSchema(java.time.LocalTime.class,
                new io.swagger.v3.oas.models.media.StringSchema().format("time").example("09:00:00"));
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
