package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.type.filter.AssignableTypeFilter;

import org.entente.shared.Labelled;
import org.entente.support.Bundles;
import org.entente.shared.Role;

/**
 * Every enum of the project says whether a person reads it; each one a person reads has a label for every constant
 * in every interface language, so no page shows {@code LIFE_SAVING} where it means "Life-saving".
 */
class EnumLabelsTests {

    static List<Class<?>> enums() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.entente")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            if (type.isEnum() && !definition.getBeanClassName().contains("Tests") && type.getProtectionDomain()
                    .getCodeSource().getLocation().getPath().contains("classes") && !isTestClass(type)) {
                found.add(type);
            }
        }
        return found;
    }

    private static boolean isTestClass(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }

    @Test
    void everyEnumSaysWhetherAPersonReadsIt() throws ClassNotFoundException {
        List<Class<?>> enums = enums();
        assertThat(enums).as("enums found").hasSizeGreaterThan(40).contains(Role.class);
        Set<String> undecided = new TreeSet<>();
        for (Class<?> type : enums) {
            if (!type.isAnnotationPresent(Labelled.class) && !type.isAnnotationPresent(Labelled.NotShown.class)) {
                undecided.add(type.getName());
            }
        }
        assertThat(undecided).as("enums with neither @Labelled nor @Labelled.NotShown").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void everyLabelledConstantHasALabelInEveryLanguage(String language) throws ClassNotFoundException {
        Properties messages = Bundles.all(language);
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : enums()) {
            Labelled labelled = type.getAnnotation(Labelled.class);
            if (labelled == null) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                String key = labelled.value() + "." + ((Enum<?>) constant).name();
                if (!messages.containsKey(key)) {
                    missing.add(type.getSimpleName() + ": " + key);
                }
            }
        }
        assertThat(missing).as("labels missing in %s", language).isEmpty();
    }

    @Test
    void aPageShowsTheLabelInTheReadersLanguage() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("role.FOCAL_POINT", java.util.Locale.ENGLISH, "Focal point");
        source.addMessage("role.FOCAL_POINT", java.util.Locale.FRENCH, "Point focal");

        assertThat(new Formats(java.util.Locale.FRENCH, source).label(Role.FOCAL_POINT)).isEqualTo("Point focal");
        assertThat(new Formats(java.util.Locale.ENGLISH, source).label(Role.FOCAL_POINT)).isEqualTo("Focal point");
    }
}
