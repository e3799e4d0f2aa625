package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.CrisisType;
import org.entente.allocation.Instance;
import org.entente.shared.Classification;
import org.entente.shared.Role;
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
 * In Chromium, a focal point names the warehouse a pledge to procure will arrive at from the crisis's page; the pledge
 * then reads as arriving there, which is what makes plans count it.
 */
@IntegrationTest
@EnabledIf(value = "org.entente.support.Browser#installed", disabledReason = "Chromium is not installed")
class PledgeDestinationBrowserIntegrationTests extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CrisisRoom crises;
    @Autowired
    Catalogue catalogue;
    @Autowired
    LogisticsNetwork network;
    @Autowired
    Pledges pledges;

    @Test
    void aFocalPointNamesWhereAPledgeToProcureArrives() {
        var focal = fixtures.user(Role.FOCAL_POINT);
        var officer = fixtures.user(focal.party(), Role.LOGISTICS_OFFICER);
        String s = String.valueOf(System.nanoTime() % 100000000);
        long crisis = crises.open(focal.actor(), new Crisis.Declaration("B" + s, "Storm", CrisisType.CYCLONE,
                focal.party(), Set.of(focal.party()), null, Classification.PUBLIC, 24)).id();
        catalogue.add(officer.actor(), new Commodity("BK-" + s, "Kit", "kit", 5, null, Commodity.Category.WASH, null,
                false, 0));
        network.addNode(officer.actor(), new LogisticsNode("BW-" + s, "Hill depot " + s, Instance.NodeKind.WAREHOUSE,
                focal.party(), null, null, 0));
        long pledge = pledges.pledge(focal.actor(), crisis, new Pledge.Offer(focal.party().value(), "BK-" + s, 120.0,
                Pledge.Kind.TO_PROCURE, null, LocalDate.of(2099, 3, 1), null)).id();

        logIn(focal);
        browser.get(url("/logistics/crises/" + crisis + "/requests"));
        new Select(browser.findElement(By.id("pl-to-" + pledge))).selectByVisibleText("Hill depot " + s);
        browser.findElement(By.cssSelector("form[action$='/pledges/" + pledge + "/destination'] button")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "to procure by 1 Mar 2099, arriving at Hill depot " + s));
        assertThat(pledges.get(pledge).warehouse()).isEqualTo("BW-" + s);
    }
}
