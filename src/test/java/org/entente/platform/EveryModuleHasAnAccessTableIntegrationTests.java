package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.entente.support.EndpointAccess;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Each module walks its own API endpoints in its own table (a subclass of {@link EndpointAccess} in its test
 * package); this makes sure a module with an API has one, so that no endpoint goes unwalked.
 */
@IntegrationTest
class EveryModuleHasAnAccessTableIntegrationTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyModuleWithAnApiHasAnAccessTable() {
        Set<String> withApi = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"))) {
                withApi.add(moduleOf(handler.getBeanType().getPackageName()));
            }
        });
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(EndpointAccess.class));
        Set<String> withTable = new TreeSet<>();
        scanner.findCandidateComponents("org.entente").forEach(type -> withTable.add(moduleOf(
                type.getBeanClassName().substring(0, type.getBeanClassName().lastIndexOf('.')))));
        assertThat(withApi).isNotEmpty();
        assertThat(withTable).containsAll(withApi);
    }

    private static String moduleOf(String pkg) {
        String rest = pkg.substring("org.entente.".length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }
}
