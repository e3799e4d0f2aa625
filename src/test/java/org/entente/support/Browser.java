package org.entente.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Selenium through the system chromedriver; nothing is downloaded. Tests using
 * it are skipped where Chromium is not installed ({@code .ci/run} installs it).
 */
public final class Browser {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    public static boolean installed() {
        return CHROMIUM.canExecute() && DRIVER.canExecute();
    }

    /** A phone-sized headless browser, isolated in a fresh profile. */
    public static ChromeDriver phone() throws IOException {
        return phone(true);
    }

    /** A phone-sized headless browser whose pages run no script at all, as on a phone with JavaScript switched off. */
    public static ChromeDriver phoneWithoutScripts() throws IOException {
        return phone(false);
    }

    private static ChromeDriver phone(boolean scripts) throws IOException {
        ChromeOptions options = new ChromeOptions();
        if (!scripts) {
            options.setExperimentalOption("prefs",
                    java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=360,800",
                "--user-data-dir=" + Files.createTempDirectory("entente-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Headless windows have a minimum width; emulate the phone's viewport itself.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        return driver;
    }

    /** Saves what the browser shows, for people to look at (under target/screenshots). */
    /**
     * Clicks what the selector finds once it can be clicked. Chromium may answer that the node "does not belong to
     * the document" when a page's script has just replaced it; the element is then found again, up to three times.
     */
    public static void click(ChromeDriver driver, org.openqa.selenium.By selector) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10));
        for (int attempt = 1; ; attempt++) {
            try {
                wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(selector)).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3 || e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
            }
        }
    }

    public static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
