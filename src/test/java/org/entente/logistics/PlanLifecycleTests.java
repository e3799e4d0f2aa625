package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.logistics.AllocationPlan.Status;
import org.junit.jupiter.api.Test;

/** A plan's lifecycle: a proposal is approved or withdrawn, once; a decided plan stays as it is. */
class PlanLifecycleTests {

    @Test
    void aProposalIsApprovedOrWithdrawn() {
        assertThat(Status.PROPOSED.canMoveTo(Status.APPROVED)).isTrue();
        assertThat(Status.PROPOSED.canMoveTo(Status.WITHDRAWN)).isTrue();
    }

    @Test
    void aDecidedPlanStaysAsItIs() {
        for (Status decided : new Status[] {Status.APPROVED, Status.WITHDRAWN}) {
            for (Status next : Status.values()) {
                assertThat(decided.canMoveTo(next)).as("%s to %s", decided, next).isFalse();
            }
        }
        assertThat(Status.PROPOSED.canMoveTo(Status.PROPOSED)).isFalse();
    }
}
