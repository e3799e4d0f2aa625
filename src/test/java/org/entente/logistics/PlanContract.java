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
 * Plans from live data on a real database: a plan draws on free stock for approved requests; approving it reserves
 * that stock, which ordinary issues can then not take; two plans can never reserve the same stock, also when they
 * are approved at the same moment.
 */
abstract class PlanContract extends LiveStockScene {

    @Test
    void anApprovedPlanReservesItsStockWhichIssuesCanThenNotTake() throws Exception {
        String created = mvc.perform(post("/api/v1/logistics/crises/{id}/allocation-plans", crisis)
                        .header("Authorization", officer.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status", is("PROPOSED")))
                .andExpect(jsonPath("$.plan.requests[0].delivered", is(800.0)))
                .andExpect(jsonPath("$.plan.requests[0].flows[0].arrivalHour", is(12.0)))
                .andExpect(jsonPath("$.plan.baseline.coverage", is(100.0)))
                .andReturn().getResponse().getContentAsString();
        int id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/logistics/allocation-plans/{id}/approval", id)
                        .header("Authorization", fixtures.user(lead.party(), Role.MONITOR).bearer()))
                .andExpect(status().isForbidden());
        assertThat(reserved()).isZero();
        mvc.perform(post("/api/v1/logistics/allocation-plans/{id}/approval", id).header("Authorization", lead.bearer()))
                .andExpect(jsonPath("$.status", is("APPROVED")));
        assertThat(reserved()).isEqualTo(800);

        assertThatThrownBy(() -> stock.record(officer.actor(), warehouse, new StockCards.Entry("ISSUE", water, "A",
                lead.party().value(), 300.0, null, "Local distribution", null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("only 200");
        assertThatThrownBy(() -> plans.propose(officer.actor(), crisis)).isInstanceOf(Conflict.class)
                .hasMessageContaining("no approved request with an open line");
    }

    @Test
    void twoPlansApprovedAtOnceNeverReserveTheSameStock() throws Exception {
        long first = plans.propose(officer.actor(), crisis).id();
        long second = plans.propose(officer.actor(), crisis).id();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> approvals = new ArrayList<>();
        for (long id : new long[] {first, second}) {
            approvals.add(() -> {
                start.await();
                try {
                    plans.approve(lead.actor(), id);
                    return true;
                } catch (Conflict | org.springframework.dao.DataAccessException e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            approvals.forEach(a -> results.add(pool.submit(a)));
            start.countDown();
            long approved = 0;
            for (Future<Boolean> f : results) {
                approved += f.get() ? 1 : 0;
            }
            assertThat(approved).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(reserved()).isEqualTo(800);
        assertThat(plans.ofCrisis(lead.actor(), crisis)).extracting(AllocationPlans.StoredPlan::status)
                .containsExactlyInAnyOrder(AllocationPlan.Status.APPROVED, AllocationPlan.Status.PROPOSED);
    }

    @Test
    void aLinkClosingBeforeTheDeadlineCarriesNothingAndTheShortfallSaysWhy() {
        network.close(officer.actor(), road, Instant.now().plus(Duration.ofHours(6)), "Border closes tonight");
        AllocationPlans.StoredPlan plan = plans.propose(officer.actor(), crisis);
        assertThat(plan.plan().requests()).singleElement().satisfies(r -> {
            assertThat(r.delivered()).isZero();
            assertThat(r.shortfallReason()).isEqualTo(PlanOutcome.Shortfall.CLOSED_LINK);
        });
    }

    @Test
    void plansProposedOneAfterAnotherForTheSameLineAreApprovedOnlyOnce() {
        stock.record(officer.actor(), warehouse, new StockCards.Entry("RECEIPT", water, "B", lead.party().value(),
                4000.0, null, "Second consignment", null));
        List<Long> proposed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            proposed.add(plans.propose(officer.actor(), crisis).id());
        }

        plans.approve(lead.actor(), proposed.get(0));
        for (long stale : proposed.subList(1, 4)) {
            assertThatThrownBy(() -> plans.approve(lead.actor(), stale)).isInstanceOf(Conflict.class)
                    .hasMessageContaining("line 1 of request #").hasMessageContaining("make a new plan");
        }

        assertThat(reserved()).isEqualTo(800);
    }

    @Test
    void ofPlansApprovedAtOnceForTheSameLineExactlyOneWins() throws Exception {
        stock.record(officer.actor(), warehouse, new StockCards.Entry("RECEIPT", water, "B", lead.party().value(),
                4000.0, null, "Second consignment", null));
        List<Long> proposed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            proposed.add(plans.propose(officer.actor(), crisis).id());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (long id : proposed) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        plans.approve(lead.actor(), id);
                        return true;
                    } catch (Conflict | org.springframework.dao.DataAccessException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            long approved = 0;
            for (Future<Boolean> f : results) {
                approved += f.get() ? 1 : 0;
            }
            assertThat(approved).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(reserved()).isEqualTo(800);
    }

    @Test
    void aPlanShowsAnotherPartyOnlyFiguresOfTheLinesItMayRead() throws Exception {
        var neighbour = fixtures.user(Role.FOCAL_POINT);
        AssistanceRequest confidential = requests.draft(lead.actor(), crisis, lead.party(), point, List.of(
                new AssistanceRequests.LineDraft(water, 37.0, Instance.Priority.URGENT,
                        Instant.now().plus(Duration.ofHours(48)))), null, Classification.CONFIDENTIAL);
        requests.submit(lead.actor(), confidential.id());
        requests.approve(lead.actor(), confidential.id());
        AllocationPlans.StoredPlan proposed = plans.propose(officer.actor(), crisis);
        assertThat(proposed.plan().totals().requested()).isEqualTo(837);

        AllocationPlans.StoredPlan seen = plans.get(neighbour.actor(), proposed.id());

        assertThat(seen.plan().requests()).extracting(PlanOutcome.RequestResult::requested).containsExactly(800.0);
        assertThat(seen.plan().totals().requested()).isEqualTo(800);
        assertThat(seen.plan().totals().delivered()).isEqualTo(800);
        assertThat(seen.plan().totals().deliveredKg()).isEqualTo(800 * 5);
        assertThat(seen.plan().baseline().totals().requested()).isEqualTo(800);
        assertThat(seen.plan().baseline().delivered()).containsOnlyKeys(seen.plan().requests().get(0).id());
        double shownCost = seen.plan().requests().stream().flatMap(r -> r.flows().stream())
                .mapToDouble(PlanOutcome.Flow::cost).sum();
        assertThat(seen.plan().cost()).isEqualTo(shownCost).isLessThan(proposed.plan().cost());
        assertThat(seen.cost()).isEqualTo(shownCost);
        assertThat(seen.plan().coverage()).isEqualTo(100.0);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/logistics/allocation-plans/{id}", proposed.id())
                        .header("Authorization", neighbour.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.totals.requested", is(800.0)))
                .andExpect(jsonPath("$.requestsWithheld").doesNotExist());
    }

    @Test
    void thePublicFiguresCountOnlyPublicRequests() throws Exception {
        AssistanceRequest open = requests.draft(lead.actor(), crisis, lead.party(), point, List.of(
                new AssistanceRequests.LineDraft(water, 50.0, Instance.Priority.URGENT,
                        Instant.now().plus(Duration.ofHours(48)))), null, Classification.PUBLIC);
        AssistanceRequest confidential = requests.draft(lead.actor(), crisis, lead.party(), point, List.of(
                new AssistanceRequests.LineDraft(water, 37.0, Instance.Priority.URGENT,
                        Instant.now().plus(Duration.ofHours(48)))), null, Classification.CONFIDENTIAL);
        for (AssistanceRequest r : List.of(open, confidential)) {
            requests.submit(lead.actor(), r.id());
            requests.approve(lead.actor(), r.id());
        }
        plans.approve(lead.actor(), plans.propose(officer.actor(), crisis).id());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/logistics/crises/{id}/transparency", crisis))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allocations.length()", is(1)))
                .andExpect(jsonPath("$.allocations[0].allocated", is(50.0)))
                .andExpect(jsonPath("$.costs.total", is(0.0)));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/logistics/crises/{id}/transparency", crisis)
                        .header("Authorization", lead.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allocations[0].allocated", is(887.0)));
    }

    @Test
    void aStaleProposalIsWithdrawnAndCanThenNeitherBeApprovedNorWithdrawnAgain() {
        long first = plans.propose(officer.actor(), crisis).id();
        long second = plans.propose(officer.actor(), crisis).id();
        plans.approve(lead.actor(), first);

        AllocationPlans.StoredPlan withdrawn = plans.withdraw(officer.actor(), second);

        assertThat(withdrawn.status()).isEqualTo(AllocationPlan.Status.WITHDRAWN);
        assertThatThrownBy(() -> plans.approve(lead.actor(), second)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> plans.withdraw(officer.actor(), first)).isInstanceOf(Conflict.class)
                .hasMessageContaining("cannot be withdrawn");
        assertThatThrownBy(() -> plans.withdraw(fixtures.user(Role.MONITOR).actor(), second))
                .isInstanceOf(org.entente.shared.AccessDenied.class);
        assertThat(reserved()).isEqualTo(800);
    }
}
