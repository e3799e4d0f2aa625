package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.entente.logistics.AllocationPlan.Status;
import org.entente.shared.Conflict;
import org.junit.jupiter.api.Test;

/** The rules of an allocation plan, without Spring or a database. */
class AllocationPlanTests {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final RequestLine TENTS = new RequestLine(12, 0);
    static final RequestLine WATER = new RequestLine(12, 1);

    static AllocationPlan.Draw draw(String lot, double quantity, RequestLine line) {
        return new AllocationPlan.Draw("WH", "FAMILY_TENT", lot, "XCO", quantity, line.request(), line.line(), "DP",
                "WH DP", "7", 10.0);
    }

    static AllocationPlan proposal() {
        return AllocationPlan.propose(1, "{}", 1.0, 30.0, List.of(draw("B", 25, TENTS), draw("A", 15, TENTS),
                draw("A", 5, WATER)), NOW, "officer");
    }

    @Test
    void aProposalIsApprovedOrWithdrawnOnceAndADecidedPlanStaysAsItIs() {
        for (Status decided : new Status[] {Status.APPROVED, Status.WITHDRAWN}) {
            for (Status next : Status.values()) {
                assertThat(decided.canMoveTo(next)).as("%s to %s", decided, next).isFalse();
            }
        }
        AllocationPlan approved = proposal();
        approved.approve("focal", NOW);
        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("focal");
        assertThatThrownBy(() -> approved.withdraw("officer", NOW)).isInstanceOf(Conflict.class)
                .hasMessageContaining("is approved and cannot be withdrawn");
        AllocationPlan withdrawn = proposal();
        withdrawn.withdraw("officer", NOW);
        assertThatThrownBy(() -> withdrawn.approve("focal", NOW)).isInstanceOf(Conflict.class)
                .hasMessageContaining("was withdrawn; make a new plan");
    }

    @Test
    void itSumsWhatItSendsPerLineAndDrawsPerLotInTheLotsOrder() {
        AllocationPlan plan = proposal();
        assertThat(plan.plannedPerLine()).containsExactly(Map.entry(TENTS, 40.0), Map.entry(WATER, 5.0));
        assertThat(plan.drawnPerLot().keySet()).extracting(StockLot.Key::lot).containsExactly("A", "B");
        assertThat(plan.drawnPerLot().values()).containsExactly(20.0, 25.0);
    }

    @Test
    void itIsRefusedNamingTheLineThatNoLongerNeedsWhatItSends() {
        AllocationPlan plan = proposal();
        plan.requireStillNeeded(Map.of(TENTS, 40.0, WATER, 5.0), Map.of());
        assertThatThrownBy(() -> plan.requireStillNeeded(Map.of(TENTS, 10.0, WATER, 5.0),
                Map.of(TENTS, "FAMILY_TENT"))).isInstanceOf(Conflict.class)
                .hasMessageContaining("line 1 of request #12 (FAMILY_TENT) now needs 10, not the 40");
        assertThatThrownBy(() -> plan.requireStillNeeded(Map.of(TENTS, 40.0), Map.of())).isInstanceOf(Conflict.class)
                .hasMessageContaining("line 2 of request #12");
    }
}
