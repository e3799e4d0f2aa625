package org.entente.platform;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The interface languages: the six official languages of the United Nations, in the order the UN lists them.
 * English is the fallback; Arabic is written right to left. A request for any other
 * language resolves to English rather than to a half-translated page.
 */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("ar", "zh", "en", "fr", "ru", "es");
    public static final String COOKIE = "ENTENTE_LANG";

    private Languages() {
    }

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /** A cookie-based resolver that only ever answers a supported language. */
    static final class Resolver extends CookieLocaleResolver {

        Resolver() {
            super(COOKIE);
            setDefaultLocale(Locale.ENGLISH);
            setCookieMaxAge(java.time.Duration.ofDays(365));
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale locale = super.resolveLocale(request);
            return isSupported(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage()) : Locale.ENGLISH;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response,
                    locale != null && isSupported(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage()) : Locale.ENGLISH);
        }
    }
}
