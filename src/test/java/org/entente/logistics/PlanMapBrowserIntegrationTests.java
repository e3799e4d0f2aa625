package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.CrisisType;
import org.entente.allocation.Instance;
import org.entente.shared.Classification;
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

/** In Chromium, a plan's routes are drawn on a map from the network's coordinates, beside the table of routes. */
@IntegrationTest
@EnabledIf(value = "org.entente.support.Browser#installed", disabledReason = "Chromium is not installed")
class PlanMapBrowserIntegrationTests extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CrisisRoom crises;
    @Autowired
    Catalogue catalogue;
    @Autowired
    LogisticsNetwork network;
    @Autowired
    StockCards stock;
    @Autowired
    AssistanceRequests requests;
    @Autowired
    AllocationPlans plans;

    @Test
    void aPlansRoutesAreDrawnOnTheMap() throws Exception {
        var lead = fixtures.user(Role.FOCAL_POINT);
        var officer = fixtures.user(lead.party(), Role.LOGISTICS_OFFICER);
        long crisis = crises.open(lead.actor(), new Crisis.Declaration("M" + System.nanoTime() % 100000000, "Storm",
                CrisisType.CYCLONE, lead.party(), Set.of(lead.party()), null, Classification.PUBLIC, 24)).id();
        String s = String.valueOf(System.nanoTime() % 100000000);
        catalogue.add(officer.actor(), new Commodity("MK-" + s, "Kit", "kit", 5, null, Commodity.Category.WASH, null,
                false, 0));
        network.addNode(officer.actor(), new LogisticsNode("MW-" + s, "Port <img src=x id=injected> warehouse", Instance.NodeKind.WAREHOUSE,
                lead.party(), 10.5, -67.0, 0));
        network.addNode(officer.actor(), new LogisticsNode("MD-" + s, "Hill shelter", Instance.NodeKind.DELIVERY_POINT,
                lead.party(), 10.2, -67.4, 0));
        network.addLink(officer.actor(), new LogisticsLink(null, "MW-" + s, "MD-" + s, Instance.Mode.ROAD, 6, 0, 1e6, 0.2,
                null, null, 0));
        stock.record(officer.actor(), "MW-" + s, new StockCards.Entry("RECEIPT", "MK-" + s, "L1", lead.party().value(),
                100.0, null, "Stockpile", null));
        var r = requests.draft(lead.actor(), crisis, lead.party(), "MD-" + s, List.of(new AssistanceRequests.LineDraft(
                "MK-" + s, 60.0, Instance.Priority.LIFE_SAVING, Instant.now().plus(Duration.ofDays(1)))), null);
        requests.submit(lead.actor(), r.id());
        requests.approve(lead.actor(), r.id());
        plans.propose(officer.actor(), crisis);

        logIn(lead);
        browser.get(url("/logistics/crises/" + crisis + "/requests"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".plan-map.leaflet-container path.leaflet-interactive")));
        assertThat(browser.findElements(By.cssSelector(".plan-map path.leaflet-interactive"))).hasSizeGreaterThanOrEqualTo(3);
        // A name is text: hovering the warehouse shows its markup as typed, and no element is made from it.
        browser.executeScript("document.querySelectorAll('.plan-map path.leaflet-interactive').forEach(function (p) {"
                + " p.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); })");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".leaflet-tooltip")));
        assertThat(browser.findElements(By.cssSelector(".leaflet-tooltip")).stream().map(e -> e.getAttribute("textContent")))
                .anySatisfy(text -> assertThat(text).contains("Port <img src=x id=injected> warehouse"));
        assertThat(browser.findElements(By.id("injected"))).isEmpty();
        browser.executeScript("document.querySelector('.plan-map').scrollIntoView()");
        Browser.screenshot(browser, "plan-map");
    }
}
