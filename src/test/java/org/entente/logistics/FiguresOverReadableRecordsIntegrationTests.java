package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.entente.allocation.Instance;
import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.CrisisType;
import org.entente.shared.Classification;
import org.entente.shared.Role;
import org.entente.sharing.DataKind;
import org.entente.sharing.Sharing;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * A property, over seeded random scenes: requests of random classification and size, a red line set or not, a plan
 * approved for all of them. For every reader (the owner, a party its red line may admit, an outsider, the public),
 * every figure the reader gets equals the same figure made from the requests that reader can open one by one: the
 * plan's lines and its total requested, and the public allocations. Nothing withheld is counted.
 */
@IntegrationTest
class FiguresOverReadableRecordsIntegrationTests {

    private static final int SCENES = 6;

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
    @Autowired
    Sharing sharing;

    record Filed(long id, Classification classification, double quantity) {
    }

    @Test
    void everyFigureAReaderGetsCountsOnlyTheRequestsThatReaderCanOpen() throws Exception {
        Random random = new Random(17);
        for (int scene = 0; scene < SCENES; scene++) {
            check(random, scene);
        }
    }

    private void check(Random random, int scene) throws Exception {
        var owner = fixtures.user(Role.FOCAL_POINT);
        var officer = fixtures.user(owner.party(), Role.LOGISTICS_OFFICER);
        var neighbour = fixtures.user(Role.FOCAL_POINT);
        var outsider = fixtures.user(Role.FOCAL_POINT);
        boolean redLineAdmitsNeighbour = random.nextBoolean();
        sharing.setRule(owner.actor(), owner.party(), DataKind.ASSISTANCE_REQUEST,
                redLineAdmitsNeighbour ? Set.of(neighbour.party()) : Set.of(), null);
        long crisis = crises.open(owner.actor(), new Crisis.Declaration("F" + System.nanoTime() % 100000000, "Floods",
                CrisisType.FLOOD, owner.party(), Set.of(owner.party()), null, Classification.PUBLIC, 24)).id();
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        catalogue.add(officer.actor(), new Commodity("FK-" + suffix, "Kit", "kit", 2, null, Commodity.Category.WASH,
                null, false, 0));
        network.addNode(officer.actor(), new LogisticsNode("FW-" + suffix, "Depot", Instance.NodeKind.WAREHOUSE,
                owner.party(), null, null, 0));
        network.addNode(officer.actor(), new LogisticsNode("FD-" + suffix, "Shelter", Instance.NodeKind.DELIVERY_POINT,
                owner.party(), null, null, 0));
        network.addLink(officer.actor(), new LogisticsLink(null, "FW-" + suffix, "FD-" + suffix, Instance.Mode.ROAD, 4,
                0, 1_000_000, 0.3, null, null, 0));
        stock.record(officer.actor(), "FW-" + suffix, new StockCards.Entry("RECEIPT", "FK-" + suffix, "L1",
                owner.party().value(), 100_000.0, null, "Stockpile", null));
        List<Filed> filed = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Classification level = Classification.values()[random.nextInt(Classification.values().length)];
            double quantity = 1 + random.nextInt(200);
            AssistanceRequest r = requests.draft(owner.actor(), crisis, owner.party(), "FD-" + suffix, List.of(
                    new AssistanceRequests.LineDraft("FK-" + suffix, quantity, Instance.Priority.URGENT,
                            Instant.now().plus(Duration.ofHours(48)))), null, level);
            requests.submit(owner.actor(), r.id());
            requests.approve(owner.actor(), r.id());
            filed.add(new Filed(r.id(), level, quantity));
        }
        long plan = plans.propose(officer.actor(), crisis).id();
        plans.approve(owner.actor(), plan);

        for (Fixtures.TestUser reader : List.of(owner, neighbour, outsider)) {
            List<Filed> readable = new ArrayList<>();
            for (Filed f : filed) {
                if (status(get("/api/v1/logistics/requests/{id}", f.id()), reader) == 200) {
                    readable.add(f);
                }
            }
            String view = body(get("/api/v1/logistics/allocation-plans/{id}", plan), reader);
            List<String> lines = JsonPath.read(view, "$.plan.requests[*].id");
            assertThat(lines).as("scene %d: the plan's lines for %s", scene, reader.username())
                    .containsExactlyInAnyOrderElementsOf(readable.stream().map(f -> f.id() + "/0").toList());
            assertThat(((Number) JsonPath.read(view, "$.plan.totals.requested")).doubleValue())
                    .as("scene %d: the plan's total requested for %s", scene, reader.username())
                    .isEqualTo(readable.stream().mapToDouble(Filed::quantity).sum());
            assertThat(allocated(body(get("/api/v1/logistics/crises/{id}/transparency", crisis), reader)))
                    .as("scene %d: the allocations %s reads", scene, reader.username())
                    .isEqualTo(readable.stream().mapToDouble(Filed::quantity).sum());
        }
        double publicOnes = filed.stream().filter(f -> f.classification() == Classification.PUBLIC)
                .mapToDouble(Filed::quantity).sum();
        assertThat(allocated(body(get("/api/v1/logistics/crises/{id}/transparency", crisis), null)))
                .as("scene %d: the public allocations", scene).isEqualTo(publicOnes);
    }

    private static double allocated(String transparency) {
        List<Number> amounts = JsonPath.read(transparency, "$.allocations[*].allocated");
        return amounts.stream().mapToDouble(Number::doubleValue).sum();
    }

    private int status(MockHttpServletRequestBuilder request, Fixtures.TestUser reader) throws Exception {
        return mvc.perform(request.header("Authorization", reader.bearer())).andReturn().getResponse().getStatus();
    }

    private String body(MockHttpServletRequestBuilder request, Fixtures.TestUser reader) throws Exception {
        MockHttpServletResponse response = mvc.perform(reader == null ? request
                : request.header("Authorization", reader.bearer())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
