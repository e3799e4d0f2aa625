package org.entente.support;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test that drives the running server in a fresh phone-sized Chromium, one browser per test. */
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.phone();
        // Pages re-render while the browser navigates; re-find elements instead of failing on a stale one.
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        // Chromium 156 reports an element that left the page while being read as a plain WebDriverException
        // ("Node with given id does not belong to the document"), not as a stale one: a condition read during a
        // navigation is tried again too. A wait that never succeeds still ends in a timeout.
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Logs in through the form, as a person would, and waits for the home page. */
    protected void logIn(Fixtures.TestUser user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/start")));
    }
}
