package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.CrisisType;
import org.entente.crisis.DecisionRight;
import org.entente.crisis.ResourceKind;
import org.entente.allocation.Instance;
import org.entente.shared.Classification;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Requests for assistance on a real database: drafted and submitted by an affected party, approved only by the
 * holder of the decision right for each kind of resource asked for, cancelled with a reason; bad requests name
 * their field and write nothing.
 */
abstract class AssistanceContract {

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
    AssistanceRequests requests;
    @Autowired
    org.entente.sharing.Sharing sharing;

    Fixtures.TestUser lead;
    Fixtures.TestUser affected;
    long crisis;
    String point;
    String tent;
    String water;

    @BeforeEach
    void aCrisisWithADeliveryPointAndACatalogue() {
        lead = fixtures.user(Role.FOCAL_POINT);
        affected = fixtures.user(fixtures.party().code(), Role.FOCAL_POINT);
        crisis = crises.open(lead.actor(), new Crisis.Declaration("R" + System.nanoTime() % 100000000, "Cyclone",
                CrisisType.CYCLONE, lead.party(), Set.of(lead.party(), affected.party()), null, Classification.PUBLIC,
                24)).id();
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        point = "DP-" + suffix;
        network.addNode(affected.actor(), new LogisticsNode(point, "Shelter", Instance.NodeKind.DELIVERY_POINT,
                affected.party(), null, null, 0));
        var secretariat = fixtures.user(Role.SECRETARIAT).actor();
        tent = "TENT-" + suffix;
        water = "WATER-" + suffix;
        catalogue.add(secretariat, new Commodity(tent, "Family tent", "tent", 38, null, Commodity.Category.SHELTER,
                null, false, 0));
        catalogue.add(secretariat, new Commodity(water, "Water kit", "kit", 5, null, Commodity.Category.WASH, null,
                false, 0));
    }

    String body(String party, String commodity, String quantity, Instant neededBy) {
        return """
                {"party": "%s", "deliveryPoint": "%s", "note": "Shelters at capacity",
                 "lines": [{"commodity": "%s", "quantity": %s, "priority": "LIFE_SAVING", "neededBy": "%s"}]}"""
                .formatted(party, point, commodity, quantity, neededBy);
    }

    @Test
    void theRequestingPartysRedLineDecidesWhoReadsARequest() throws Exception {
        Instant by = Instant.now().plus(Duration.ofDays(2));
        String confidential = body(affected.party().value(), water, "800", by)
                .replace("\"note\":", "\"classification\": \"CONFIDENTIAL\", \"note\":");
        String created = mvc.perform(post("/api/v1/logistics/crises/{id}/requests", crisis)
                        .header("Authorization", affected.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content(confidential))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.classification", is("CONFIDENTIAL")))
                .andReturn().getResponse().getContentAsString();
        int id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        Fixtures.TestUser outsider = fixtures.user(Role.MONITOR);

        // Another partner does not learn that the request exists: the list counts it as withheld, a read is 404.
        mvc.perform(get("/api/v1/logistics/crises/{id}/requests", crisis).header("Authorization", outsider.bearer()))
                .andExpect(header().string("Entente-Withheld", "1"))
                .andExpect(jsonPath("$.length()", is(0)));
        mvc.perform(get("/api/v1/logistics/requests/{id}", id).header("Authorization", outsider.bearer()))
                .andExpect(status().isNotFound());

        // The crisis lead holds the decision rights: it reads, and approves, the request.
        mvc.perform(get("/api/v1/logistics/crises/{id}/requests", crisis).header("Authorization", lead.bearer()))
                .andExpect(header().string("Entente-Withheld", "0"))
                .andExpect(jsonPath("$[0].id", is(id)));
        mvc.perform(post("/api/v1/logistics/requests/{id}/submission", id).header("Authorization", affected.bearer()))
                .andExpect(jsonPath("$.status", is("SUBMITTED")));
        mvc.perform(post("/api/v1/logistics/requests/{id}/approval", id).header("Authorization", lead.bearer()))
                .andExpect(jsonPath("$.status", is("APPROVED")));

        // RESTRICTED follows the requesting party's sharing rule for requests.
        AssistanceRequest restricted = requests.draft(affected.actor(), crisis, affected.party(), point,
                List.of(new AssistanceRequests.LineDraft(water, 10.0, Instance.Priority.URGENT, by)), null,
                Classification.RESTRICTED);
        assertThat(requests.visibleOf(outsider.actor(), crisis).withheld()).isEqualTo(2);
        sharing.setRule(affected.actor(), affected.party(), org.entente.sharing.DataKind.ASSISTANCE_REQUEST,
                Set.of(outsider.party()), null);
        assertThat(requests.ofCrisis(outsider.actor(), crisis)).extracting(AssistanceRequest::id)
                .containsExactly(restricted.id());

        // A classification that does not exist is named.
        mvc.perform(post("/api/v1/logistics/crises/{id}/requests", crisis)
                        .header("Authorization", affected.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content(confidential.replace("CONFIDENTIAL", "SECRET")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("classification")));
    }

    @Test
    void anAffectedPartyAsksAndTheDecisionHolderApproves() throws Exception {
        Instant by = Instant.now().plus(Duration.ofDays(2));
        String created = mvc.perform(post("/api/v1/logistics/crises/{id}/requests", crisis)
                        .header("Authorization", affected.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(affected.party().value(), water, "800", by)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status", is("DRAFT")))
                .andExpect(jsonPath("$.lines[0].quantity", is(800.0)))
                .andReturn().getResponse().getContentAsString();
        int id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/logistics/requests/{id}/approval", id).header("Authorization", lead.bearer()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/logistics/requests/{id}/submission", id).header("Authorization", affected.bearer()))
                .andExpect(jsonPath("$.status", is("SUBMITTED")));
        mvc.perform(post("/api/v1/logistics/requests/{id}/approval", id).header("Authorization", affected.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/logistics/requests/{id}/approval", id).header("Authorization", lead.bearer()))
                .andExpect(jsonPath("$.status", is("APPROVED")))
                .andExpect(jsonPath("$.decidedBy", is(lead.username())));
        mvc.perform(get("/api/v1/logistics/crises/{id}/requests", crisis).header("Authorization", fixtures.user(Role.MONITOR).bearer()))
                .andExpect(jsonPath("$[0].id", is(id)));
    }

    @Test
    void approvalNeedsTheDecisionRightForEachKindOfResourceAskedFor() throws Exception {
        var hub = fixtures.user(fixtures.party().code(), Role.LOGISTICS_OFFICER);
        crises.assignDecisionRights(lead.actor(), crisis, List.of(
                new DecisionRight(ResourceKind.SHELTER, hub.party().value(), Role.LOGISTICS_OFFICER)));
        AssistanceRequest r = requests.draft(affected.actor(), crisis, affected.party(), point,
                List.of(new AssistanceRequests.LineDraft(tent, 120.0, Instance.Priority.URGENT,
                        Instant.now().plus(Duration.ofDays(3)))), null);
        requests.submit(affected.actor(), r.id());
        mvc.perform(post("/api/v1/logistics/requests/{id}/approval", r.id()).header("Authorization", lead.bearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("SHELTER")));
        mvc.perform(post("/api/v1/logistics/requests/{id}/approval", r.id()).header("Authorization", hub.bearer()))
                .andExpect(jsonPath("$.status", is("APPROVED")));
    }

    @Test
    void aRequestNeedingTwoDecisionRightsIsApprovedByEachHolderForItsPartAndShowsWhoHasYetToDecide() throws Exception {
        var hub = fixtures.user(fixtures.party().code(), Role.LOGISTICS_OFFICER);
        var outsider = fixtures.user(Role.FOCAL_POINT);
        crises.assignDecisionRights(lead.actor(), crisis, List.of(
                new DecisionRight(ResourceKind.SHELTER, hub.party().value(), Role.LOGISTICS_OFFICER)));
        AssistanceRequest r = requests.draft(affected.actor(), crisis, affected.party(), point, List.of(
                new AssistanceRequests.LineDraft(tent, 120.0, Instance.Priority.URGENT, Instant.now().plus(Duration.ofDays(3))),
                new AssistanceRequests.LineDraft(water, 300.0, Instance.Priority.URGENT, Instant.now().plus(Duration.ofDays(2)))),
                null);
        requests.submit(affected.actor(), r.id());
        assertThat(requests.awaitingDecisionBy(lead.actor())).extracting(AssistanceRequest::id).contains(r.id());
        assertThat(requests.awaitingDecisionBy(hub.actor())).extracting(AssistanceRequest::id).contains(r.id());

        // The lead decides water (WASH stays with the lead): the request waits for the hub's shelter decision.
        mvc.perform(post("/api/v1/logistics/requests/{id}/approval", r.id()).header("Authorization", lead.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("SUBMITTED")));
        mvc.perform(get("/api/v1/logistics/requests/{id}/decisions", r.id()).header("Authorization", lead.bearer()))
                .andExpect(jsonPath("$.decided[0].resource", is("WASH")))
                .andExpect(jsonPath("$.decided[0].party", is(lead.party().value())))
                .andExpect(jsonPath("$.awaiting[0].resource", is("SHELTER")))
                .andExpect(jsonPath("$.awaiting[0].party", is(hub.party().value())));
        assertThat(requests.awaitingDecisionBy(lead.actor())).extracting(AssistanceRequest::id).doesNotContain(r.id());
        mvc.perform(post("/api/v1/logistics/requests/{id}/approval", r.id()).header("Authorization", lead.bearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("SHELTER")));
        mvc.perform(post("/api/v1/logistics/requests/{id}/approval", r.id()).header("Authorization", outsider.bearer()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/logistics/requests/{id}/approval", r.id()).header("Authorization", hub.bearer()))
                .andExpect(jsonPath("$.status", is("APPROVED")));
        mvc.perform(get("/api/v1/logistics/requests/{id}/decisions", r.id()).header("Authorization", hub.bearer()))
                .andExpect(jsonPath("$.decided.length()", is(2)))
                .andExpect(jsonPath("$.awaiting.length()", is(0)));
    }

    @Test
    void aBadRequestNamesItsFieldAndWritesNothing() throws Exception {
        Instant by = Instant.now().plus(Duration.ofDays(2));
        String party = affected.party().value();
        mvc.perform(post("/api/v1/logistics/crises/{id}/requests", crisis).header("Authorization", affected.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(party, tent, "2.5", by)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("lines[0].quantity")));
        mvc.perform(post("/api/v1/logistics/crises/{id}/requests", crisis).header("Authorization", affected.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(party, water, "10", Instant.now().minusSeconds(60))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("lines[0].neededBy")));
        // A quantity no request could need is a typing error, by the API as by the page's form.
        assertThatThrownBy(() -> requests.draft(affected.actor(), crisis, affected.party(), point, List.of(
                new AssistanceRequests.LineDraft(water, 1e308, Instance.Priority.URGENT, by)), null))
                .isInstanceOf(org.entente.shared.InvalidInput.class).hasMessageContaining("lines[0].quantity")
                .hasMessageContaining("1,000,000,000");
        mvc.perform(post("/api/v1/logistics/crises/{id}/requests", crisis).header("Authorization", affected.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(party, water, "10", by).replace(point, "NOWHERE")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("deliveryPoint")));
        var outsider = fixtures.user(Role.FOCAL_POINT);
        mvc.perform(post("/api/v1/logistics/crises/{id}/requests", crisis).header("Authorization", outsider.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(outsider.party().value(), water, "10", by)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("party")));
        mvc.perform(post("/api/v1/logistics/crises/{id}/requests", crisis).header("Authorization", outsider.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(party, water, "10", by)))
                .andExpect(status().isForbidden());
        assertThat(requests.ofCrisis(lead.actor(), crisis)).isEmpty();
    }

    @Test
    void aRequestIsCancelledWithAReasonAndThenNoLongerApproved() throws Exception {
        AssistanceRequest r = requests.draft(affected.actor(), crisis, affected.party(), point,
                List.of(new AssistanceRequests.LineDraft(water, 50.0, Instance.Priority.ROUTINE,
                        Instant.now().plus(Duration.ofDays(5)))), null);
        requests.submit(affected.actor(), r.id());
        mvc.perform(post("/api/v1/logistics/requests/{id}/cancellation", r.id()).header("Authorization", affected.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("reason")));
        mvc.perform(post("/api/v1/logistics/requests/{id}/cancellation", r.id()).header("Authorization", affected.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Covered by a national delivery\"}"))
                .andExpect(jsonPath("$.status", is("CANCELLED")))
                .andExpect(jsonPath("$.cancelReason", is("Covered by a national delivery")));
        mvc.perform(post("/api/v1/logistics/requests/{id}/approval", r.id()).header("Authorization", lead.bearer()))
                .andExpect(status().isConflict());
    }
}
