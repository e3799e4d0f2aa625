package org.entente.grievance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.entente.party.PartyDirectory;
import org.entente.shared.Role;
import org.entente.support.BrowserTest;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core's WCAG 2 A and AA rules on the grievance pages, in English and Arabic on a phone: the handler's queue and
 * case page, the worker's case page, the public figures and decisions.
 */
@IntegrationTest
@EnabledIf(value = "org.entente.support.Browser#installed", disabledReason = "Chromium is not installed")
class GrievanceAccessibilityBrowserIntegrationTests extends BrowserTest {

    @Autowired
    Intake intake;
    @Autowired
    Casework casework;
    @Autowired
    PartyDirectory parties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    List<String> violations(String path) {
        browser.get(url(path));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser);
        List<String> found = new ArrayList<>();
        results.getViolations().forEach(rule -> rule.getNodes().forEach(node -> found.add(path + ": " + rule.getId()
                + " at " + node.getTarget())));
        return found;
    }

    @Test
    void theHandlersAndTheWorkersPagesHaveNoAccessibilityViolation() throws Exception {
        GrievanceScenes.Filed filed = GrievanceScenes.file(intake, parties, jdbc, Category.UNPAID_WAGES);
        var mediator = fixtures.user(filed.destination(), Role.MEDIATOR);
        casework.reply(mediator.actor(), filed.id(), "We called the employer.", "en", "اتصلنا بصاحب العمل.");
        List<String> found = new ArrayList<>();
        for (String language : List.of("en", "ar")) {
            for (String page : List.of("/report", "/report/follow-up", "/report/how-it-works",
                    "/grievances/statistics", "/grievances/decisions", "/grievances/targets")) {
                found.addAll(violations(page + "?lang=" + language));
            }
            browser.get(url("/report/follow-up?lang=" + language));
            browser.findElement(By.id("receipt")).sendKeys(filed.receipt());
            browser.findElement(By.id("passphrase")).sendKeys(GrievanceScenes.PASSPHRASE);
            browser.findElement(By.cssSelector("main form button[type=submit]")).click();
            wait.until(d -> d.findElement(By.tagName("h1")).getText().length() > 0
                    && !d.getCurrentUrl().endsWith("lang=" + language));
            Results worker = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser);
            worker.getViolations().forEach(rule -> rule.getNodes().forEach(node -> found.add("worker's case ("
                    + language + "): " + rule.getId() + " at " + node.getTarget())));
        }
        logIn(mediator);
        for (String language : List.of("en", "ar")) {
            found.addAll(violations("/grievances?lang=" + language));
            found.addAll(violations("/grievances/cases/" + filed.id() + "?lang=" + language));
        }
        assertThat(found).isEmpty();
    }
}
