package org.entente.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The recruiter lookup as a worker uses it before paying anyone: on a 360-pixel phone with JavaScript off, in Arabic;
 * and axe-core's WCAG 2 A and AA rules on the registry's public pages in English and Arabic.
 */
@IntegrationTest
@EnabledIf(value = "org.entente.support.Browser#installed", disabledReason = "Chromium is not installed")
class RecruiterLookupBrowserIntegrationTests extends BrowserTest {

    @Autowired
    RecruiterRegistry registry;
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
    void aWorkerChecksAnAgencyForTheirJourneyInArabicWithoutJavaScript() throws Exception {
        PartyCode home = state("XQH");
        PartyCode work = state("XQW");
        Actor inspector = fixtures.user(home, Role.INSPECTOR).actor();
        String name = "Nakhla Recruitment " + System.nanoTime() % 100000;
        var agency = registry.register(inspector, new RecruiterRegistry.NewRecruiter(name, RecruiterKind.AGENCY,
                home.value(), null, null));
        registry.grantLicence(inspector, agency.id(), new RecruiterRegistry.LicenceDraft("NK-" + System.nanoTime()
                % 100000, List.of(home.value() + "-" + work.value()), List.of(Sector.CARE),
                registry.today().minusDays(30), registry.today().plusDays(300)));
        browser.quit();
        browser = Browser.phoneWithoutScripts();
        wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(url("/recruiters?lang=ar"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        browser.findElement(By.id("q-text")).sendKeys(name.toLowerCase());
        new Select(browser.findElement(By.id("from"))).selectByValue(home.value());
        new Select(browser.findElement(By.id("to"))).selectByValue(work.value());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "مرخّص لرحلتك اليوم"));
        Browser.screenshot(browser, "recruiters-ar-360");
        new Select(browser.findElement(By.id("to"))).selectByValue(home.value());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "لا ترخيص لرحلتك"));
    }

    @Test
    void theRegistrysPublicPagesHaveNoAccessibilityViolation() throws Exception {
        Actor inspector = fixtures.user(Role.INSPECTOR).actor();
        var agency = registry.register(inspector, new RecruiterRegistry.NewRecruiter("Axe Agency " + System.nanoTime(),
                RecruiterKind.AGENCY, "XAR", "IRIS", "Two branches"));
        registry.grantLicence(inspector, agency.id(), new RecruiterRegistry.LicenceDraft("AX-" + System.nanoTime()
                % 100000, List.of("XAR-XCO"), List.of(Sector.CARE), registry.today().minusDays(1),
                registry.today().plusDays(30)));
        List<String> found = new ArrayList<>();
        for (String language : List.of("en", "ar")) {
            for (String page : List.of("/recruiters?q=axe", "/recruiters/" + agency.id(), "/inspections",
                    "/contracts/verify")) {
                browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
                Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser);
                results.getViolations().forEach(rule -> rule.getNodes().forEach(node -> found.add(page + " ("
                        + language + "): " + rule.getId() + " at " + node.getTarget())));
            }
        }
        assertThat(found).isEmpty();
    }
}
