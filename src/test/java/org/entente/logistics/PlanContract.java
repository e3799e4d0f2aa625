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
import org.entente.logistics.allocation.Instance;
import org.entente.logistics.allocation.Plan;
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
                .containsExactlyInAnyOrder(AllocationPlans.Status.APPROVED, AllocationPlans.Status.PROPOSED);
    }

    @Test
    void aLinkClosingBeforeTheDeadlineCarriesNothingAndTheShortfallSaysWhy() {
        network.close(officer.actor(), road, Instant.now().plus(Duration.ofHours(6)), "Border closes tonight");
        AllocationPlans.StoredPlan plan = plans.propose(officer.actor(), crisis);
        assertThat(plan.plan().requests()).singleElement().satisfies(r -> {
            assertThat(r.delivered()).isZero();
            assertThat(r.shortfallReason()).isEqualTo(Plan.Shortfall.CLOSED_LINK);
        });
    }
}
