package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.CrisisType;
import org.entente.shared.Classification;
import org.entente.shared.Role;
import org.entente.support.BrowserTest;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;

/**
 * axe-core's WCAG 2 A and AA rules on the public pages as a visitor reads them, in English and in Arabic, on a phone:
 * none may report a violation. {@link AccessibilityWalkBrowserIntegrationTests} checks every kind of page as the demo's
 * users see them.
 */
@IntegrationTest
@EnabledIf(value = "org.entente.support.Browser#installed", disabledReason = "Chromium is not installed")
class AccessibilityBrowserIntegrationTests extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CrisisRoom crises;

    List<String> violations(String path) {
        browser.get(url(path));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser);
        List<String> found = new ArrayList<>();
        results.getViolations().forEach(rule -> rule.getNodes().forEach(node -> found.add(path + ": " + rule.getId()
                + " at " + node.getTarget())));
        return found;
    }

    @Test
    void thePublicPagesHaveNoAccessibilityViolationInEnglishOrArabic() throws Exception {
        var lead = fixtures.user(Role.FOCAL_POINT);
        long crisis = crises.open(lead.actor(), new Crisis.Declaration("AX" + System.nanoTime() % 100000000,
                "Floods in the valleys", CrisisType.FLOOD, lead.party(), Set.of(lead.party()), "Valleys",
                Classification.PUBLIC, 24)).id();
        List<String> found = new ArrayList<>();
        for (String language : List.of("en", "ar")) {
            for (String page : List.of("/", "/parties", "/compacts", "/crises", "/crises/" + crisis, "/login")) {
                found.addAll(violations(page + "?lang=" + language));
            }
        }
        assertThat(found).isEmpty();
    }
}
