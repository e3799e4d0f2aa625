package org.entente.logistics.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PDLP by index: a converged solve gives the optimum and its prices, and one its limit stops still gives a point. */
class PdlpModelTests {

    private static final String PARAMETERS = "num_threads: 1 termination_criteria { simple_optimality_criteria {"
            + " eps_optimal_relative: 1e-8 eps_optimal_absolute: 1e-8 } }";

    @BeforeAll
    static void load() {
        AllocationEngine.loadSolver();
    }

    /** Maximise x + y with x + 2y ≤ 4 and 3x + y ≤ 6: the optimum is x = 1.6, y = 1.2, priced 0.4 and 0.2. */
    private static PdlpModel twoRows(int[] vars, int[] rows) {
        PdlpModel lp = new PdlpModel();
        vars[0] = lp.variable(0, Double.POSITIVE_INFINITY);
        vars[1] = lp.variable(0, Double.POSITIVE_INFINITY);
        rows[0] = lp.row(Double.NEGATIVE_INFINITY, 4);
        rows[1] = lp.row(Double.NEGATIVE_INFINITY, 6);
        lp.term(rows[0], vars[0], 1);
        lp.term(rows[0], vars[1], 2);
        lp.term(rows[1], vars[0], 3);
        lp.term(rows[1], vars[1], 1);
        lp.objective(vars[0], 1);
        lp.objective(vars[1], 1);
        lp.maximize();
        return lp;
    }

    @Test
    void aConvergedSolveGivesTheOptimumAndThePricesOfItsRows() {
        int[] x = new int[2];
        int[] row = new int[2];
        PdlpModel lp = twoRows(x, row);
        try {
            assertThat(lp.solve(PARAMETERS, 10)).isEqualTo(PdlpModel.Outcome.CONVERGED);
            assertThat(lp.value(x[0])).isCloseTo(1.6, within(1e-5));
            assertThat(lp.value(x[1])).isCloseTo(1.2, within(1e-5));
            assertThat(lp.objectiveValue()).isCloseTo(2.8, within(1e-5));
            assertThat(Math.abs(lp.dual(row[0]))).isCloseTo(0.4, within(1e-5));
            assertThat(Math.abs(lp.dual(row[1]))).isCloseTo(0.2, within(1e-5));

            // A row added later and an objective changed: the next solve sees both.
            int cap = lp.row(Double.NEGATIVE_INFINITY, 1);
            lp.term(cap, x[1], 1);
            lp.clearObjective();
            lp.objective(x[1], 1);
            lp.maximize();
            assertThat(lp.solve(PARAMETERS, 10)).isEqualTo(PdlpModel.Outcome.CONVERGED);
            assertThat(lp.value(x[1])).isCloseTo(1.0, within(1e-5));
        } finally {
            lp.delete();
        }
    }

    @Test
    void aSolveTheLimitStopsIsCutShortYetLeavesThePointItReached() {
        int[] x = new int[2];
        int[] row = new int[2];
        PdlpModel lp = twoRows(x, row);
        try {
            // No time at all: PDLP stops before it converges (MPSolver would keep nothing of this solve).
            assertThat(lp.solve(PARAMETERS, 0)).isEqualTo(PdlpModel.Outcome.CUT_SHORT);
            for (int v : x) {
                assertThat(lp.value(v)).isFinite();
                assertThat(lp.reducedCost(v)).isFinite();
            }
            for (int r : row) {
                assertThat(lp.dual(r)).isFinite();
            }
        } finally {
            lp.delete();
        }
    }
}
