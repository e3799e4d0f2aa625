package org.entente.platform;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module owns its messages: {@code i18n/<module>/messages*.properties} beside the platform's own
 * {@code messages*.properties}. Every bundle found on the class path is read, so a new module adds its texts without
 * touching another module's file. A key missing in a language falls back to English, never to the system's.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessages {

    static final String MODULE_BUNDLES = "classpath*:i18n/*/messages.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        ResourceBundleMessageSource source = new DigitsAsTheUnDoes();
        List<String> basenames = new ArrayList<>(List.of("messages"));
        basenames.addAll(moduleBasenames());
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** i18n/compact/messages, i18n/crisis/messages, … in name order. */
    static List<String> moduleBasenames() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES)) {
            String url = bundle.getURL().toString();
            String folder = url.substring(0, url.lastIndexOf('/'));
            names.add("i18n/" + folder.substring(folder.lastIndexOf('/') + 1) + "/messages");
        }
        return List.copyOf(names);
    }

    /**
     * Numbers inside messages are written with the digits 0–9 in Arabic too, as the United Nations' Arabic pages and
     * {@link Formats} write them; a message's language is otherwise untouched.
     */
    static final class DigitsAsTheUnDoes extends ResourceBundleMessageSource {

        @Override
        protected MessageFormat createMessageFormat(String msg, Locale locale) {
            return super.createMessageFormat(msg, Formats.numbersOf(locale));
        }
    }
}
