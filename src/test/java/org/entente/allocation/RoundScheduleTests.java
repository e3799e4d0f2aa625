package org.entente.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How finely each round of the first-order method is solved, and when the rounds stop. Times are in seconds here. */
class RoundScheduleTests {

    private static final long S = 1_000_000_000L;

    /** A schedule whose solves must end 20 s from now (time 0). */
    private static RoundSchedule twentySeconds() {
        return new RoundSchedule(20 * S);
    }

    @Test
    void roundsFarFromTheBoundAreSolvedRoughAndThoseNearItFine() {
        RoundSchedule schedule = twentySeconds();
        assertThat(schedule.tolerance()).isEqualTo(RoundSchedule.ROUGH_TOLERANCE);

        // 5% from the bound after a 0.1 s solve: still gathering routes.
        assertThat(schedule.another(S / 10, S / 10, S / 10, 100, 95, false, false, S)).isTrue();
        assertThat(schedule.tolerance()).isEqualTo(RoundSchedule.ROUGH_TOLERANCE);
        // 0.5% from it: fine.
        assertThat(schedule.another(S / 10, S / 10, S / 10, 100, 99.5, false, false, 2 * S)).isTrue();
        assertThat(schedule.tolerance()).isEqualTo(FirstOrderProgramme.TOLERANCE);
    }

    @Test
    void aMiddleRoundOnlyWhenHalfTheFineRoundAfterItStillFits() {
        // 2% from the bound after a 1 s solve and a 1 s pricing: a middle round and half a fine one need 10 + 2 s.
        RoundSchedule plenty = twentySeconds();
        assertThat(plenty.another(S, S, S / 2, 100, 98, false, false, 4 * S)).isTrue();
        assertThat(plenty.tolerance()).isEqualTo(RoundSchedule.MIDDLE_TOLERANCE);

        // 13 s left: enough for 10 + 2 s, not for the 12 + 2 s of the rule before.
        RoundSchedule enough = twentySeconds();
        assertThat(enough.another(S, S, S / 2, 100, 98, false, false, 7 * S)).isTrue();
        assertThat(enough.tolerance()).isEqualTo(RoundSchedule.MIDDLE_TOLERANCE);

        RoundSchedule little = twentySeconds();
        assertThat(little.another(S, S, S / 2, 100, 98, false, false, 9 * S)).isTrue();
        assertThat(little.tolerance()).isEqualTo(RoundSchedule.ROUGH_TOLERANCE);
    }

    @Test
    void theRoundsStopWhenSettledCutShortOrWithoutTimeForAFifthOfTheNext() {
        assertThat(twentySeconds().another(S, S, S, 100, 99.99, false, false, S)).isFalse();
        assertThat(twentySeconds().another(S, S, S, 100, 99, true, false, S)).isFalse();

        // A fine round after a rough 1 s one is expected to take 4 s (10⁻³ to 10⁻⁴, to the power 0.6): a fifth of it
        // is 0.8 s. With 1 s left once the bound's 1 s is kept back (the solve will be cut short), it starts.
        RoundSchedule starts = twentySeconds();
        assertThat(starts.another(S, 3 * S, S, 100, 99.5, false, false, 18 * S)).isTrue();
        // Keeping back the whole 3 s pricing would have left no time at all.
        assertThat(starts.solveUntil()).isEqualTo(19 * S);
        // With 0.5 s left, it does not.
        assertThat(twentySeconds().another(S, 3 * S, S, 100, 99.5, false, false, 18 * S + S / 2)).isFalse();
    }

    @Test
    void aRoundThatAddsNothingIsSolvedTenTimesFinerDownToTheFinest() {
        RoundSchedule schedule = twentySeconds();
        schedule.another(S / 100, S / 100, S / 100, 100, 99.5, false, false, S);
        assertThat(schedule.tolerance()).isEqualTo(1e-4);
        // The first time nothing enters, the round is solved at the fine tolerance (a rough round would be made fine;
        // this one already is), then ten times finer each time.
        assertThat(schedule.another(S / 100, S / 100, S / 100, 100, 99.5, false, true, S)).isTrue();
        assertThat(schedule.tolerance()).isEqualTo(1e-4);
        assertThat(schedule.another(S / 100, S / 100, S / 100, 100, 99.5, false, true, S)).isTrue();
        assertThat(schedule.tolerance()).isCloseTo(1e-5, within(1e-12));
        assertThat(schedule.another(S / 100, S / 100, S / 100, 100, 99.5, false, true, S)).isTrue();
        assertThat(schedule.tolerance()).isCloseTo(1e-6, within(1e-12));
        assertThat(schedule.another(S / 100, S / 100, S / 100, 100, 99.5, false, true, S)).isFalse();
    }
}
