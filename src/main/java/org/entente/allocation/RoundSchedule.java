package org.entente.allocation;

import static org.entente.allocation.FirstOrderProgramme.TARGET_GAP;
import static org.entente.allocation.FirstOrderProgramme.TOLERANCE;

/**
 * When {@link FirstOrderProgramme}'s rounds of level 1 stop, how finely PDLP solves each, and until when. Rough while
 * the bound is far off (the rounds then only gather routes), at a middle tolerance while it is nearer if that pays,
 * then at {@link FirstOrderProgramme#TOLERANCE}, ten times finer each time a round found nothing to add. Another round
 * starts while its solve can have a share of the time it is expected to take. Times are {@link System#nanoTime()}.
 */
final class RoundSchedule {

    /** A gap beyond which rounds are solved to {@link #ROUGH_TOLERANCE} only. */
    static final double FAR_GAP = 0.03;
    /** PDLP's tolerance while the gap is beyond {@link #FAR_GAP}. */
    static final double ROUGH_TOLERANCE = 1e-3;
    /** A gap beyond which (and within {@link #FAR_GAP}) rounds are solved to {@link #MIDDLE_TOLERANCE}. */
    static final double MIDDLE_GAP = 0.01;
    /**
     * PDLP's tolerance between {@link #MIDDLE_GAP} and {@link #FAR_GAP}: such a round gathers routes for the one that
     * closes the gap, and on L it takes 2.5–2.9 s instead of 5.7–9.9 s at the fine tolerance, for nearly the same bound.
     */
    static final double MIDDLE_TOLERANCE = 3e-4;
    /**
     * A round at {@link #MIDDLE_TOLERANCE} pays only when there is time after it for the larger part of half of the
     * fine round that follows: this many times the last rough round's solve (on L, a middle round takes 2.5 times as
     * long as a rough one, and the fine round after it about 18 times). Its routes let the fine round prove more (on L
     * with 30 s, 0.030–0.034% against 0.059% after a rough round 3; with 15 s on a quicker machine, 0.040–0.073% against
     * 0.087–0.098% with as much time for the fine round), but that round takes longer to converge (14–15 s against
     * 10 s); when the limit will stop it much earlier, a sooner start proves as much (on L with 15 s on a slower
     * machine, 0.12–0.50% against 0.24–0.27%). It was 12 until the quicker machine chose rough in one run of three.
     */
    static final double MIDDLE_AND_FINE = 10;
    /** The finest tolerance level 1 is solved to when no route would improve it but the gap is still open. */
    static final double FINEST_TOLERANCE = 1e-6;
    /**
     * The share of its expected time that another round's solve must have before the limit for it to be started. A
     * solve that the limit stops still yields its point, and neither the plan nor the bound can get worse for it (the
     * best of each is kept): on L a point after 40–60% of the iterations PDLP needs to converge proves nearly the bound
     * the converged one does, and one after a seventh of them 0.24–0.27% where the round before proved 0.75%. Only the
     * time left to lower cost is shorter.
     */
    static final double WORTH_A_ROUND = 0.2;

    /** When every solve of level 1 must have ended, its pricing included. */
    private final long until;
    private double eps = ROUGH_TOLERANCE;
    /** How many times a round found nothing to add and the tolerance was made finer. */
    private int finer;
    /** The time kept back after a solve for the pricing that follows it. */
    private long reserve;

    RoundSchedule(long until) {
        this.until = until;
    }

    /** PDLP's tolerance for this round. */
    double tolerance() {
        return eps;
    }

    /** When this round's solve must end, so that its pricing ends in time too. */
    long solveUntil() {
        return until - reserve;
    }

    /** Whether the plan is within {@link FirstOrderProgramme#TARGET_GAP} of a finite bound. */
    static boolean settled(double bound, double coverage) {
        return bound < Double.POSITIVE_INFINITY && bound - coverage <= TARGET_GAP * bound;
    }

    /**
     * After a round, whether another follows, and if so sets its tolerance. A round the limit stopped ends the rounds.
     * The next one's solve is expected to take as long as this one's, times the ratio of the tolerances to the power
     * 0.6 when it is finer (on L, 4.1–4.7 times from 10⁻³ to 10⁻⁴). Its pricing is expected to take as long as this
     * round's, or, when the limit will stop its solve, as long as this round's bound took: only the bound is priced
     * then.
     *
     * @param solveNanos this round's solve
     * @param pricingNanos this round's pricing
     * @param boundNanos the part of the pricing that proved the bound
     * @param nothingEnters whether no route would improve the programme (the next round is then solved finer)
     */
    boolean another(long solveNanos, long pricingNanos, long boundNanos, double bound, double coverage,
            boolean cutShort, boolean nothingEnters, long now) {
        reserve = pricingNanos;
        int nextFiner = nothingEnters ? finer + 1 : finer;
        boolean middlePays = until - now >= MIDDLE_AND_FINE * solveNanos + 2 * pricingNanos;
        double next = toleranceFor(bound, coverage, nextFiner, middlePays);
        double expected = solveNanos * Math.pow(eps / next, 0.6);
        if (until - reserve - now < expected) {
            reserve = Math.min(reserve, boundNanos);
        }
        if (settled(bound, coverage) || cutShort || until - reserve - now < WORTH_A_ROUND * expected
                || nothingEnters && eps <= FINEST_TOLERANCE) {
            return false;
        }
        finer = nextFiner;
        eps = next;
        return true;
    }

    private static double toleranceFor(double bound, double coverage, int finer, boolean middlePays) {
        boolean far = !(bound < Double.POSITIVE_INFINITY) || bound - coverage > FAR_GAP * bound;
        if (!far && finer == 0 && bound - coverage > MIDDLE_GAP * bound) {
            return middlePays ? MIDDLE_TOLERANCE : ROUGH_TOLERANCE;
        }
        return far && finer == 0 ? ROUGH_TOLERANCE : TOLERANCE / Math.pow(10, Math.max(0, finer - 1));
    }
}
