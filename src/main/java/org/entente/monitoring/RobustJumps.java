package org.entente.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The jump check on a new value against the party's own history, by a robust rule: the modified z-score of Iglewicz
 * and Hoaglin, 0.6745 × (x − median) ÷ MAD, flags |z| above 3.5. Median and median absolute deviation do not move
 * with one wild value and do not assume a symmetric series, so a skewed history raises no false alarm. With fewer than
 * four earlier values, or a history that never varied, there is nothing to judge against.
 */
final class RobustJumps {

    static final int LEAST_HISTORY = 4;
    static final double LIMIT = 3.5;

    private RobustJumps() {
    }

    /** The modified z-score of the value, or empty where the history cannot judge it. */
    static OptionalDouble score(double value, List<Double> history) {
        if (history.size() < LEAST_HISTORY) {
            return OptionalDouble.empty();
        }
        double[] sorted = history.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = median(sorted);
        double[] deviations = Arrays.stream(sorted).map(v -> Math.abs(v - median)).sorted().toArray();
        double mad = median(deviations);
        if (mad == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(0.6745 * (value - median) / mad);
    }

    static boolean jumps(double value, List<Double> history) {
        OptionalDouble z = score(value, history);
        return z.isPresent() && Math.abs(z.getAsDouble()) > LIMIT;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
