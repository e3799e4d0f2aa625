package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.CrisisType;
import org.entente.allocation.Instance;
import org.entente.allocation.Plan;
import org.entente.shared.Classification;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A crisis with stock on hand at a warehouse, a delivery point reached by road, and an approved request for 800 water
 * kits: the scene for plans and shipments.
 */
abstract class LiveStockScene {

    @Autowired
    MockMvc mvc;
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

    Fixtures.TestUser lead;
    Fixtures.TestUser officer;
    long crisis;
    String warehouse;
    String point;
    String water;
    long road;

    @BeforeEach
    void stockAndAnApprovedRequest() {
        lead = fixtures.user(Role.FOCAL_POINT);
        officer = fixtures.user(lead.party(), Role.LOGISTICS_OFFICER);
        crisis = crises.open(lead.actor(), new Crisis.Declaration("A" + System.nanoTime() % 100000000, "Cyclone",
                CrisisType.CYCLONE, lead.party(), Set.of(lead.party()), null, Classification.PUBLIC, 24)).id();
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        water = "WK-" + suffix;
        warehouse = "WA-" + suffix;
        point = "PA-" + suffix;
        catalogue.add(officer.actor(), new Commodity(water, "Water kit", "kit", 5, null, Commodity.Category.WASH, null,
                false, 0));
        network.addNode(officer.actor(), new LogisticsNode(warehouse, "Warehouse", Instance.NodeKind.WAREHOUSE,
                lead.party(), null, null, 0));
        network.addNode(officer.actor(), new LogisticsNode(point, "Shelter", Instance.NodeKind.DELIVERY_POINT,
                lead.party(), null, null, 0));
        road = network.addLink(officer.actor(), new LogisticsLink(null, warehouse, point, Instance.Mode.ROAD, 10, 2,
                1_000_000, 0.4, null, null, 0)).id();
        stock.record(officer.actor(), warehouse, new StockCards.Entry("RECEIPT", water, "A", lead.party().value(), 1000.0,
                null, "Stockpile", null));
        AssistanceRequest r = requests.draft(lead.actor(), crisis, lead.party(), point, List.of(
                new AssistanceRequests.LineDraft(water, 800.0, Instance.Priority.LIFE_SAVING,
                        Instant.now().plus(Duration.ofHours(48)))), null);
        requests.submit(lead.actor(), r.id());
        requests.approve(lead.actor(), r.id());
    }

    double reserved() {
        return stock.positions(officer.actor(), warehouse).stream().flatMap(p -> p.lots().stream())
                .mapToDouble(StockCards.Lot::reserved).sum();
    }
}
