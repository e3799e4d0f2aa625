package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.entente.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * axe-core's WCAG 2 A and AA rules on every kind of page the page walk visits, in English and in Arabic, on a 360 px
 * phone, where no page may scroll sideways either: the demo's users, from the one who sees the most forms to a visitor, follow the links of the site in Chromium. A page
 * is checked once per kind (its path with numbers and codes taken out, and the names of its query parameters), as
 * seen by the first user who reaches it; none may report a violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@EnabledIf(value = "org.entente.support.Browser#installed", disabledReason = "Chromium is not installed")
class AccessibilityWalkBrowserIntegrationTests extends BrowserTest {

    /** Focal points and officers see the most forms, so they go first; a visitor last. */
    private static final List<String> USERS = List.of("focal.xco", "logistics.xco", "focal.xda", "secretariat",
            "admin", "auditor", "focal.ltuc");
    private static final Pattern NUMBER = Pattern.compile("^\\d+$");
    private static final Pattern CODE = Pattern.compile("^(?=.*[A-Z])[A-Z0-9_.-]+$");
    private static final int MOST_PAGES_PER_USER = 60;

    @Test
    void everyKindOfPageTheWalkVisitsHasNoAccessibilityViolationAndFitsAPhoneInEnglishAndArabic() {
        Set<String> checked = new LinkedHashSet<>();
        List<String> found = new ArrayList<>();
        for (String user : USERS) {
            logIn(user);
            walk(checked, found);
            browser.manage().deleteAllCookies();
        }
        walk(checked, found);
        org.slf4j.LoggerFactory.getLogger(getClass()).info("axe-core checked {} kinds of page in English and Arabic: {}",
                checked.size(), checked);
        assertThat(checked).as("kinds of page checked").hasSizeGreaterThan(30)
                .contains("/crises/protocols", "/logistics/network", "/admin/users/{code}", "/start");
        assertThat(found).isEmpty();
    }

    private void logIn(String username) {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("test-demo-password");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/start"));
    }

    /**
     * Follows links from the start page and the home page, checking each new kind of page in both languages and
     * following its links. A page of a kind already checked is only read for its links near the start (the pages the
     * navigation leads to), where this user may find kinds of page the users before could not.
     */
    private void walk(Set<String> checked, List<String> found) {
        Deque<Map.Entry<String, Integer>> next = new ArrayDeque<>(List.of(Map.entry("/start", 0), Map.entry("/", 0)));
        Set<String> seen = new LinkedHashSet<>();
        int visited = 0;
        while (!next.isEmpty() && visited < MOST_PAGES_PER_USER) {
            var link = next.poll();
            String path = link.getKey();
            if (!seen.add(path)) {
                continue;
            }
            boolean fresh = checked.add(kind(path));
            if (!fresh && link.getValue() > 1) {
                continue;
            }
            if (fresh) {
                visited++;
                for (String language : List.of("ar", "en")) {
                    browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
                    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser);
                    results.getViolations().forEach(rule -> rule.getNodes().forEach(node -> found.add(path + " ("
                            + language + "): " + rule.getId() + " at " + node.getTarget())));
                    Object wide = browser.executeScript("return document.documentElement.scrollWidth > "
                            + "document.documentElement.clientWidth ? document.documentElement.scrollWidth : null");
                    if (wide != null) {
                        found.add(path + " (" + language + "): " + wide + " px wide on a 360 px phone");
                    }
                }
            } else {
                browser.get(url(path));
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) browser.executeScript(
                    "return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))");
            links.stream().map(AccessibilityWalkBrowserIntegrationTests::own).filter(l -> l != null && !seen.contains(l))
                    .forEach(l -> next.add(Map.entry(l, link.getValue() + 1)));
        }
    }

    /** A link within the site to a page a person reads, without its fragment and language; null for anything else. */
    private static String own(String href) {
        if (href == null || !href.startsWith("/") || href.startsWith("//")) {
            return null;
        }
        String link = href.replaceAll("#.*$", "").replaceAll("([?&])lang=[a-z]+&?", "$1").replaceAll("[?&]$", "");
        boolean page = !(link.isEmpty() || link.startsWith("/api/") || link.startsWith("/webjars/")
                || link.startsWith("/css/") || link.startsWith("/js/") || link.startsWith("/v3/")
                || link.startsWith("/swagger") || link.startsWith("/actuator") || link.startsWith("/logout")
                || link.startsWith("/images/") || link.endsWith(".csv") || link.endsWith(".ics") || link.endsWith(".xml")
                || link.endsWith(".pdf")
                || link.endsWith(".atom") || link.contains("format="));
        return page ? link : null;
    }

    /** The kind of a page: numbers and codes in its path stand for any, and only the names of its parameters count. */
    static String kind(String link) {
        URI uri = URI.create(link);
        StringBuilder kind = new StringBuilder();
        String previous = "";
        for (String segment : uri.getPath().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            kind.append('/').append(NUMBER.matcher(segment).matches() ? "{n}"
                    : CODE.matcher(segment).matches() || previous.equals("users") ? "{code}" : segment);
            previous = segment;
        }
        Set<String> names = new TreeSet<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return (kind.length() == 0 ? "/" : kind.toString()) + (names.isEmpty() ? "" : "?" + String.join("&", names));
    }
}
