package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every interface language has every English message of every module's bundle, so no page silently falls back to
 * English; the failure message lists exactly which keys are missing, and where. No key is defined by two bundles.
 */
class MessageBundlesTests {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                return properties;
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static List<String> basenames() throws IOException {
        List<String> all = new ArrayList<>(List.of("messages"));
        all.addAll(ModuleMessages.moduleBasenames());
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void everyLanguageTranslatesEveryMessage(String language) throws IOException {
        Set<String> missing = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (String basename : basenames()) {
            Properties english = load(basename + ".properties");
            Properties other = load(basename + "_" + language + ".properties");
            english.stringPropertyNames().stream().filter(k -> !other.containsKey(k)).forEach(k -> missing.add(basename + ": " + k));
            other.stringPropertyNames().stream().filter(k -> !english.containsKey(k)).forEach(k -> unknown.add(basename + ": " + k));
        }

        assertThat(missing).as("messages missing in %s", language).isEmpty();
        assertThat(unknown).as("messages in %s that English does not have", language).isEmpty();
    }

    @Test
    void eachModuleOwnsItsBundleAndNoKeyIsDefinedTwice() throws IOException {
        assertThat(basenames()).contains("i18n/compact/messages", "i18n/crisis/messages", "i18n/logistics/messages");
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String basename : basenames()) {
            for (String key : load(basename + ".properties").stringPropertyNames()) {
                String first = owner.putIfAbsent(key, basename);
                if (first != null) {
                    twice.add(key + " in " + first + " and " + basename);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void supportedLanguagesAreTheOnesWithBundles(String language) {
        assertThat(Languages.isSupported(language)).isTrue();
        assertThat(MessageBundlesTests.class.getResource(
                language.equals("en") ? "/messages.properties" : "/messages_" + language + ".properties")).isNotNull();
    }
}
