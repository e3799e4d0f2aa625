package org.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.entente.identity.Accounts;
import org.entente.identity.UserAccount;
import org.entente.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every demo user, and a visitor who is not logged in, follows every link from the home page (GET only, within the
 * site). No page may answer 5xx or show a person a Java type name or a stack trace.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class PageWalkIntegrationTests {

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");
    /** What a person must never read: Java's names for things, and traces. */
    private static final Pattern JAVA = Pattern.compile(
            "java\\.(lang|time|util|sql)\\.|org\\.(springframework|entente|thymeleaf|h2|postgresql)\\.|Exception\\b|\\tat [a-z]");
    /** A message key Thymeleaf could not find, shown as ??key_locale??. */
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[A-Za-z0-9.\\-]+_[a-z]{2}(_[A-Z]{2})?\\?\\?");
    private static final int MOST_PAGES_PER_USER = 400;

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void everyLinkAVisitorOrADemoUserCanFollowLeadsToAPageWithoutAnErrorOrJava() throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = walk(null, "visitor", problems);
        List<UserAccount> users = accounts.list(Actor.system());
        assertThat(users).hasSizeGreaterThan(15);
        for (UserAccount user : users) {
            Cookie session = mvc.perform(post("/login").with(csrf()).param("username", user.username())
                    .param("password", "test-demo-password")).andReturn().getResponse().getCookie("SESSION");
            assertThat(session).as("session of %s", user.username()).isNotNull();
            pages += walk(session, user.username(), problems);
        }
        assertThat(problems).isEmpty();
        assertThat(pages).isGreaterThan(200);
    }

    private int walk(Cookie session, String who, List<String> problems) throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of("/"));
        while (!next.isEmpty() && seen.size() < MOST_PAGES_PER_USER) {
            String url = next.poll();
            if (!seen.add(url)) {
                continue;
            }
            var request = get(url);
            if (session != null) {
                request.cookie(session);
            }
            MockHttpServletResponse response;
            try {
                response = mvc.perform(request).andReturn().getResponse();
            } catch (Exception e) {
                // MockMvc rethrows what the container would have answered 500 for.
                problems.add(who + " " + url + ": fails with " + e.getClass().getSimpleName());
                continue;
            }
            String body = response.getContentAsString();
            if (response.getStatus() >= 500) {
                problems.add(who + " " + url + ": " + response.getStatus());
            }
            String type = response.getContentType();
            if (type == null || !type.startsWith("text/html")) {
                continue;
            }
            Matcher java = JAVA.matcher(body);
            if (java.find()) {
                problems.add(who + " " + url + ": shows \"" + java.group() + "\"");
            }
            Matcher missing = MISSING_MESSAGE.matcher(body);
            if (missing.find()) {
                problems.add(who + " " + url + ": shows the key " + missing.group());
            }
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (followable(link) && !seen.contains(link)) {
                    next.add(link);
                }
            }
        }
        return seen.size();
    }

    /** Pages only: not the API, assets, downloads, or links that end the session. */
    private static boolean followable(String link) {
        return !(link.startsWith("/api/") || link.startsWith("/webjars/") || link.startsWith("/css/")
                || link.startsWith("/js/") || link.startsWith("/v3/") || link.startsWith("/swagger")
                || link.startsWith("/actuator") || link.startsWith("/logout") || link.startsWith("//")
                || link.endsWith(".csv") || link.endsWith(".ics") || link.endsWith(".xml") || link.contains("format="));
    }
}
