package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

/** A focal point opts in through the UI on a phone, and the public adherence matrix shows it. */
@IntegrationTest
@EnabledIf(value = "org.entente.support.Browser#installed", disabledReason = "Chromium is not installed")
class AdherenceBrowserIntegrationTests extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CompactCatalogue catalogue;

    @Test
    void aFocalPointOptsInEndToEndAndThePublicMatrixShowsIt() throws Exception {
        var officer = fixtures.user(Role.SECRETARIAT);
        String code = "B" + System.nanoTime() % 100000000;
        catalogue.draft(officer.actor(), code, new Compact.Terms("Browser compact", null, officer.party(), 3, 30));
        catalogue.addModule(officer.actor(), code, "LAB", new ModuleContent("Labour protections", null,
                ModuleCategory.LABOUR_PROTECTION, List.of(), List.of(), null,
                List.of(new Provision("1", "Equal treatment with nationals.", Strength.SHALL, true),
                        new Provision("2", "A weekly rest day for domestic workers.", Strength.SHOULD, false)),
                List.of(), List.of(new Phase("Law enacted", 180))));
        catalogue.open(officer.actor(), code);
        var focal = fixtures.user(Role.FOCAL_POINT);

        logIn(focal);

        browser.get(url("/compacts/" + code));
        browser.findElement(By.linkText("Declare adherence for " + focal.party())).click();
        browser.findElement(By.cssSelector("input[name=modules][value=LAB]")).click();
        Browser.click(browser, By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Step 2 of 5"));
        Select coreEffect = new Select(browser.findElement(By.id("a0e")));
        assertThat(coreEffect.getOptions()).filteredOn(o -> o.getAttribute("value").equals("NARROWS_SCOPE"))
                .allSatisfy(o -> assertThat(o.isEnabled()).as("narrowing a core protection is not offered").isFalse());
        new Select(browser.findElement(By.id("a1e"))).selectByValue("DEFERS");
        browser.findElement(By.id("a1s")).sendKeys("rural areas");
        browser.findElement(By.id("a1t")).sendKeys("Introduced through the standard contract by 2028");
        Browser.screenshot(browser, "adherence-wizard-360");
        for (String next : List.of("Step 3 of 5", "Step 4 of 5", "Step 5 of 5")) {
            Browser.click(browser, By.cssSelector("main form button[type=submit]"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), next));
        }
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Defers");
        Browser.click(browser, By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Adherence declared"));

        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait.until(ExpectedConditions.urlContains("loggedOut"));
        browser.get(url("/compacts/" + code));
        String matrix = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.matrix"))).getText();
        assertThat(matrix).contains("Test party " + focal.party(), "Declared", "✓ A");
        Browser.screenshot(browser, "adherence-matrix-360");
    }
}
