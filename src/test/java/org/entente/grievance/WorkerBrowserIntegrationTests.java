package org.entente.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;

import org.entente.party.PartyDirectory;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.support.Browser;
import org.entente.support.BrowserTest;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The worker's pages as a worker meets them: a 360-pixel phone with JavaScript switched off, in Arabic. They file,
 * get a receipt, come back later to read a handler's reply, and a stranger guessing passphrases is stopped.
 */
@IntegrationTest
@EnabledIf(value = "org.entente.support.Browser#installed", disabledReason = "Chromium is not installed")
class WorkerBrowserIntegrationTests extends BrowserTest {

    @Autowired
    PartyDirectory parties;
    @Autowired
    Casework casework;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void withoutScripts() throws Exception {
        browser.quit();
        browser = Browser.phoneWithoutScripts();
        wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aWorkerFilesInArabicWithoutJavaScriptAndLaterReadsTheReply() throws Exception {
        PartyCode home = GrievanceScenes.freshState(parties);
        PartyCode work = GrievanceScenes.freshState(parties);
        browser.get(url("/report?lang=ar"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElements(By.tagName("script"))).as("no script on the worker's pages").isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("الإبلاغ عن مشكلة في العمل");
        Browser.screenshot(browser, "report-ar-360");

        browser.findElement(By.cssSelector("input[name=category][value=UNPAID_WAGES]")).click();
        browser.findElement(By.id("narrative")).sendKeys("لم أتقاضَ أجري منذ ثلاثة أشهر");
        new Select(browser.findElement(By.id("countryFrom"))).selectByValue(home.value());
        new Select(browser.findElement(By.id("countryTo"))).selectByValue(work.value());
        browser.findElement(By.id("passphrase")).sendKeys("نجمة الصباح");
        browser.findElement(By.id("passphraseAgain")).sendKeys("نجمة الصباح");
        clock.advance(Duration.ofSeconds(30));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        String receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".receipt strong")))
                .getText();
        assertThat(receipt).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
        Browser.screenshot(browser, "report-receipt-ar-360");

        long id = GrievanceScenes.idOf(jdbc, receipt);
        casework.reply(fixtures.user(work, Role.MEDIATOR).actor(), id, "We will call your employer tomorrow.", "en",
                "سنتصل بصاحب العمل غدًا.");

        browser.get(url("/report/follow-up"));
        browser.findElement(By.id("receipt")).sendKeys(receipt.toLowerCase().replace("-", " "));
        browser.findElement(By.id("passphrase")).sendKeys("نجمة الصباح");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "سنتصل بصاحب العمل غدًا."));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("أجور غير مدفوعة");
        Browser.screenshot(browser, "report-follow-up-ar-360");

        for (int attempt = 0; attempt < 5; attempt++) {
            browser.get(url("/report/follow-up"));
            browser.findElement(By.id("receipt")).sendKeys(receipt);
            browser.findElement(By.id("passphrase")).sendKeys("guess " + attempt);
            browser.findElement(By.cssSelector("main form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .problem"),
                    "لم نجد بلاغًا"));
        }
        browser.get(url("/report/follow-up"));
        browser.findElement(By.id("receipt")).sendKeys(receipt);
        browser.findElement(By.id("passphrase")).sendKeys("نجمة الصباح");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .problem"),
                "محاولات خاطئة كثيرة"));
    }

    @Test
    void theReportPageWithItsStyleSheetWeighsLessThan100Kilobytes() throws Exception {
        byte[] page = mvc.perform(get("/report?lang=ar")).andReturn().getResponse().getContentAsByteArray();
        byte[] css = mvc.perform(get("/css/entente.css")).andReturn().getResponse().getContentAsByteArray();
        String html = new String(page, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script").doesNotContain("<img");
        assertThat(html.split("rel=\"stylesheet\"").length - 1).as("one style sheet, nothing else to load")
                .isEqualTo(1);
        assertThat(page.length + css.length).isLessThan(100 * 1024);
    }
}
