package org.entente.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.entente.party.PartyDetails;
import org.entente.party.PartyDirectory;
import org.entente.party.PartyKind;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.support.Browser;
import org.entente.support.BrowserTest;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worker's two questions in a real browser: the calculator in Arabic at 360 px without JavaScript, and axe-core's
 * WCAG 2 A and AA rules on both pages, filled in, in English and Arabic.
 */
@IntegrationTest
@EnabledIf(value = "org.entente.support.Browser#installed", disabledReason = "Chromium is not installed")
class MobilityBrowserIntegrationTests extends BrowserTest {

    @Autowired
    Mobility mobility;
    @Autowired
    PartyDirectory parties;
    @Autowired
    Fixtures fixtures;

    private PartyCode state(String code) {
        PartyCode party = new PartyCode(code);
        if (!parties.exists(party)) {
            parties.register(Actor.system(), party, PartyKind.STATE, new PartyDetails("State " + code, null,
                    "Testland", List.of("ar"), null, null, List.of()));
        }
        return party;
    }

    @Test
    void aWorkerSeesWhichYearsCountWhereInArabicWithoutJavaScript() throws Exception {
        PartyCode home = state("XMH");
        PartyCode work = state("XMW");
        Actor homeFocal = fixtures.user(home, Role.FOCAL_POINT).actor();
        mobility.addScheme(homeFocal, new Mobility.NewScheme(Benefit.PENSION, "Pension", 180));
        mobility.addScheme(fixtures.user(work, Role.FOCAL_POINT).actor(), new Mobility.NewScheme(Benefit.PENSION,
                "Pension", 240));
        mobility.addAgreement(homeFocal, new Mobility.NewAgreement(work.value(), Benefit.PENSION, true, true,
                "Agreement, art. 10", LocalDate.now().minusDays(1)));
        browser.quit();
        browser = Browser.phoneWithoutScripts();
        wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(url("/mobility/portability?lang=ar"));
        browser.findElement(By.id("y-" + home.value())).sendKeys("10");
        browser.findElement(By.id("y-" + work.value())).sendKeys("10");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "يُحتسب 240 شهرًا"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("State " + work.value())
                .doesNotContain(work.value() + ".");
        Browser.screenshot(browser, "portability-ar-360");
    }

    @Test
    void theWorkersPagesHaveNoAccessibilityViolation() {
        Actor origin = fixtures.user(Role.FOCAL_POINT).actor();
        var q = mobility.addQualification(origin, new Mobility.NewQualification("AX-" + System.nanoTime(),
                "Certificate in Masonry", 3, List.of("7112")));
        List<String> found = new ArrayList<>();
        for (String language : List.of("en", "ar")) {
            for (String page : List.of("/mobility/portability?benefit=PENSION&years.XAR=4&years.XCO=6",
                    "/mobility/recognition?qualification=" + q.id() + "&in=XCO")) {
                browser.get(url(page + "&lang=" + language));
                Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser);
                results.getViolations().forEach(rule -> rule.getNodes().forEach(node -> found.add(page + " ("
                        + language + "): " + rule.getId() + " at " + node.getTarget())));
            }
        }
        assertThat(found).isEmpty();
    }
}
