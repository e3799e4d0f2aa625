package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.party.FocalPoint;
import org.entente.party.PartyDetails;
import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
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

/** The UI in a real browser on a 360-pixel-wide phone screen. */
@IntegrationTest
@EnabledIf(value = "org.entente.support.Browser#installed", disabledReason = "Chromium is not installed")
class BrowserIntegrationTests extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PartyDirectory parties;
    @Autowired
    org.entente.crisis.CrisisRoom crises;

    boolean fitsTheScreen() {
        Object fits = browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    @Test
    void aFocalPointLogsInOnAPhoneAndReadsArabicRightToLeft() throws Exception {
        var party = fixtures.party();
        parties.revise(Actor.system(), party.code(), new PartyDetails(party.name(), null, "Southern Littoral",
                List.of("ar", "en"), "Decent work abroad", null,
                List.of(new FocalPoint("Omar Khalil", "Director of Labour Mobility", "omar.khalil@example.org",
                        "+000 320 1200", "ar en", null))), null);
        logIn(fixtures.user(party.code(), Role.FOCAL_POINT));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Waiting for you");
        assertThat(fitsTheScreen()).as("start page fits 360 px").isTrue();
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome to Entente");
        assertThat(fitsTheScreen()).as("home page fits 360 px").isTrue();

        new Select(browser.findElement(By.id("lang-switch"))).selectByValue("ar");
        browser.findElement(By.cssSelector("form.lang button")).click();
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("مرحبًا بكم في أنتانت");
        assertThat(fitsTheScreen()).as("Arabic home page fits 360 px").isTrue();
        Browser.screenshot(browser, "home-ar-360");

        browser.get(url("/parties/" + party.code()));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.getPageSource()).contains("omar.khalil@example.org");
        assertThat(fitsTheScreen()).as("party page fits 360 px").isTrue();
        Browser.screenshot(browser, "party-ar-360");
    }

    @Test
    void thePartyListFiltersAsYouType() throws Exception {
        var party = fixtures.party();
        browser.get(url("/parties"));
        browser.findElement(By.id("q")).sendKeys(party.code().value());

        // Other parties' codes may start with this one's ("-3", "-30"), so wait for its row and check every row matches.
        wait.until(d -> {
            var rows = d.findElements(By.cssSelector("#results tbody tr"));
            return rows.stream().allMatch(row -> row.getText().contains(party.code().value()))
                    && rows.stream().anyMatch(row -> row.findElement(By.cssSelector("td")).getText()
                            .equals(party.code().value()));
        });

        assertThat(browser.getCurrentUrl()).contains("q=" + party.code().value());
        assertThat(fitsTheScreen()).as("party list fits 360 px").isTrue();
        Browser.screenshot(browser, "parties-en-360");
    }

    @Test
    void theHomePageSpeaksEachOfTheSixLanguagesWithItsLangAndDirection() {
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (String language : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            browser.get(url("/?lang=" + language));
            var html = browser.findElement(By.tagName("html"));
            assertThat(html.getAttribute("lang")).isEqualTo(language);
            assertThat(html.getAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            titles.add(browser.findElement(By.tagName("h1")).getText());
            assertThat(fitsTheScreen()).as("home page in %s fits 360 px", language).isTrue();
        }
        assertThat(titles).as("six different welcomes").hasSize(6);
    }

    @Test
    void theCrisisPageOfALeadFocalPointFitsAPhoneWithoutSidewaysScrolling() throws Exception {
        var lead = fixtures.user(Role.FOCAL_POINT);
        long crisis = crises.open(lead.actor(), new org.entente.crisis.Crisis.Declaration(
                "P" + System.nanoTime() % 100000000, "Flash floods in the northern valleys",
                org.entente.crisis.CrisisType.FLOOD, lead.party(), java.util.Set.of(lead.party()), "Northern valleys",
                org.entente.shared.Classification.PUBLIC, 24)).id();
        logIn(lead);

        browser.get(url("/crises/" + crisis));

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Flash floods in the northern valleys");
        assertThat(browser.findElements(By.cssSelector("nav.sections a"))).hasSizeGreaterThan(3);
        assertThat(fitsTheScreen()).as("crisis page fits 360 px").isTrue();
        Browser.screenshot(browser, "crisis-en-360");
    }
}
