package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every interface language has every English message, so no page silently falls back to English; the failure
 * message lists exactly which keys are missing.
 */
class MessageBundlesTests {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar"})
    void everyLanguageTranslatesEveryMessage(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties other = load("messages_" + language + ".properties");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        Set<String> unknown = new TreeSet<>(other.stringPropertyNames());
        unknown.removeAll(english.stringPropertyNames());

        assertThat(missing).as("messages missing in %s", language).isEmpty();
        assertThat(unknown).as("messages in %s that English does not have", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar"})
    void supportedLanguagesAreTheOnesWithBundles(String language) {
        assertThat(Languages.isSupported(language)).isTrue();
        assertThat(MessageBundlesTests.class.getResource(
                language.equals("en") ? "/messages.properties" : "/messages_" + language + ".properties")).isNotNull();
    }
}
