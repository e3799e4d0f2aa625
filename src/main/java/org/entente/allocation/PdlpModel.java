package org.entente.allocation;

import com.google.ortools.modelbuilder.ModelBuilderHelper;
import com.google.ortools.modelbuilder.ModelSolverHelper;
import com.google.ortools.modelbuilder.SolveStatus;

import org.entente.shared.Labelled;

/**
 * A linear programme for PDLP, by index, through OR-Tools' model builder rather than {@code MPSolver}. MPSolver keeps
 * nothing of a solve that PDLP's time limit stopped. Here the point PDLP had reached comes back too: its values, duals
 * and reduced costs. That point is as good a start for {@link FirstOrderProgramme}'s repair as a converged one, and
 * its duals prove a bound like any other prices. The model lives in native memory; {@link #delete()} frees it.
 */
final class PdlpModel {

    /** How a solve ended: within its tolerance, stopped by its time limit at some point, or failed. */
    @Labelled.NotShown("the first-order solver's internal outcome; plans report PlanOutcome.Solve")
    enum Outcome { CONVERGED, CUT_SHORT, FAILED }

    private final ModelBuilderHelper model = new ModelBuilderHelper();
    private final ModelSolverHelper solver = new ModelSolverHelper("PDLP");

    /** A new variable within the given bounds; answers its index. */
    int variable(double lower, double upper) {
        int v = model.addVar();
        model.setVarLowerBound(v, lower);
        model.setVarUpperBound(v, upper);
        return v;
    }

    /** A new row with the given limits and no terms yet; answers its index. */
    int row(double lower, double upper) {
        int r = model.addLinearConstraint();
        model.setConstraintLowerBound(r, lower);
        model.setConstraintUpperBound(r, upper);
        return r;
    }

    /** Adds a variable's coefficient to a row; the variable must not be in the row yet. */
    void term(int row, int variable, double coefficient) {
        model.addConstraintTerm(row, variable, coefficient);
    }

    void objective(int variable, double coefficient) {
        model.setVarObjectiveCoefficient(variable, coefficient);
    }

    void clearObjective() {
        model.clearObjective();
    }

    void maximize() {
        model.setMaximize(true);
    }

    void lowerBound(int variable, double lower) {
        model.setVarLowerBound(variable, lower);
    }

    /** Solves with PDLP's parameters (its text format), for at most the given seconds. */
    Outcome solve(String parameters, double seconds) {
        solver.setSolverSpecificParameters(parameters);
        solver.setTimeLimitInSeconds(seconds);
        solver.solve(model);
        if (!solver.hasResponse()) {
            return Outcome.FAILED;
        }
        SolveStatus status = solver.getStatus();
        if (status == SolveStatus.OPTIMAL) {
            return Outcome.CONVERGED;
        }
        // PDLP answers NOT_SOLVED when a limit stops it, with the point it reached.
        return status == SolveStatus.NOT_SOLVED ? Outcome.CUT_SHORT : Outcome.FAILED;
    }

    double value(int variable) {
        return solver.getVariableValue(variable);
    }

    double reducedCost(int variable) {
        return solver.getReducedCost(variable);
    }

    double dual(int row) {
        return solver.getDualValue(row);
    }

    double objectiveValue() {
        return solver.getObjectiveValue();
    }

    void delete() {
        solver.delete();
        model.delete();
    }
}
