package org.entente.allocation;

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

    /** The programme, its two variables and its two rows. */
    private record TwoRows(PdlpModel lp, int x, int y, int first, int second) {
    }

    /** Maximise x + y with x + 2y ≤ 4 and 3x + y ≤ 6: the optimum is x = 1.6, y = 1.2, priced 0.4 and 0.2. */
    private static TwoRows twoRows() {
        PdlpModel lp = new PdlpModel();
        int x = lp.variable(0, Double.POSITIVE_INFINITY);
        int y = lp.variable(0, Double.POSITIVE_INFINITY);
        int first = lp.row(Double.NEGATIVE_INFINITY, 4);
        int second = lp.row(Double.NEGATIVE_INFINITY, 6);
        lp.term(first, x, 1);
        lp.term(first, y, 2);
        lp.term(second, x, 3);
        lp.term(second, y, 1);
        lp.objective(x, 1);
        lp.objective(y, 1);
        lp.maximize();
        return new TwoRows(lp, x, y, first, second);
    }

    @Test
    void aConvergedSolveGivesTheOptimumAndThePricesOfItsRows() {
        TwoRows p = twoRows();
        try {
            assertThat(p.lp().solve(PARAMETERS, 10)).isEqualTo(PdlpModel.Outcome.CONVERGED);
            assertThat(p.lp().value(p.x())).isCloseTo(1.6, within(1e-5));
            assertThat(p.lp().value(p.y())).isCloseTo(1.2, within(1e-5));
            assertThat(p.lp().objectiveValue()).isCloseTo(2.8, within(1e-5));
            assertThat(Math.abs(p.lp().dual(p.first()))).isCloseTo(0.4, within(1e-5));
            assertThat(Math.abs(p.lp().dual(p.second()))).isCloseTo(0.2, within(1e-5));

            // A row added later and an objective changed: the next solve sees both.
            int cap = p.lp().row(Double.NEGATIVE_INFINITY, 1);
            p.lp().term(cap, p.y(), 1);
            p.lp().clearObjective();
            p.lp().objective(p.y(), 1);
            p.lp().maximize();
            assertThat(p.lp().solve(PARAMETERS, 10)).isEqualTo(PdlpModel.Outcome.CONVERGED);
            assertThat(p.lp().value(p.y())).isCloseTo(1.0, within(1e-5));
        } finally {
            p.lp().delete();
        }
    }

    @Test
    void aSolveTheLimitStopsIsCutShortYetLeavesThePointItReached() {
        TwoRows p = twoRows();
        try {
            // No time at all: PDLP stops before it converges (MPSolver would keep nothing of this solve).
            assertThat(p.lp().solve(PARAMETERS, 0)).isEqualTo(PdlpModel.Outcome.CUT_SHORT);
            for (int v : new int[] {p.x(), p.y()}) {
                assertThat(p.lp().value(v)).isFinite();
                assertThat(p.lp().reducedCost(v)).isFinite();
            }
            for (int r : new int[] {p.first(), p.second()}) {
                assertThat(p.lp().dual(r)).isFinite();
            }
        } finally {
            p.lp().delete();
        }
    }
}
