package org.entente.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message of one interface language, from the platform's bundle and every module's, without fallback. */
public final class Bundles {

    private Bundles() {
    }

    public static Properties all(String language) {
        String suffix = language.equals("en") ? "" : "_" + language;
        Properties messages = new Properties();
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            load(messages, resolver.getResources("classpath*:messages" + suffix + ".properties"));
            load(messages, resolver.getResources("classpath*:i18n/*/messages" + suffix + ".properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    private static void load(Properties messages, Resource[] bundles) throws IOException {
        for (Resource bundle : bundles) {
            try (var in = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
        }
    }
}
