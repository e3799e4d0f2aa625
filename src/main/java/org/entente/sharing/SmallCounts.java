package org.entente.sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Suppression of small counts in public aggregates. A count from 1 to {@code THRESHOLD - 1} (1 to 10) could point at
 * an individual (three grievances from one small employer), so it is withheld: primary suppression. Zero is shown,
 * because "none" reveals nobody. Where the cells of a group add up to a total the reader can see (or can work out),
 * one withheld cell could be found again by subtraction, so a second cell is withheld with it: secondary suppression,
 * the smallest of the others that is not zero. Every module publishing counts made from records goes through here.
 */
public final class SmallCounts {

    /** The smallest count shown; 1 to 10 are withheld. */
    public static final int THRESHOLD = 11;

    private SmallCounts() {
    }

    /** One count on its own, with no total beside it. */
    public static OptionalLong publishable(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
        return count == 0 || count >= THRESHOLD ? OptionalLong.of(count) : OptionalLong.empty();
    }

    /**
     * A group of counts as it may be shown: its total and its cells, each shown or withheld (empty). A withheld cell
     * is either small (1 to 10: "fewer than 11") or withheld to protect a small one ({@link #protecting()}: it may
     * be any size, and must not be called small); the total is withheld when it is small or, rarely, to protect
     * ({@link #totalProtecting()}).
     */
    public record Group<K>(OptionalLong total, Map<K, OptionalLong> cells, Set<K> protecting,
            boolean totalProtecting) {

        /** Whether a withheld cell is a small count (1 to 10), as opposed to one withheld to protect another. */
        public boolean isSmall(K key) {
            return cells.get(key) != null && cells.get(key).isEmpty() && !protecting.contains(key);
        }
    }

    /**
     * The cells of a group and their total, as they may be shown, so that no withheld cell can be found again from
     * the total, the cells shown and what their labels say (a small cell lies between 1 and 10, a protecting one is at
     * least 11): the reader's bounds, as a statistical office audits a table. Cells are withheld to protect,
     * smallest first, until each withheld cell could still take more than one value; when no cell is left to
     * withhold, the total is withheld. The cells keep their order.
     */
    public static <K> Group<K> publishableWithTotal(Map<K, Long> cells) {
        Map<K, OptionalLong> shown = new LinkedHashMap<>();
        Set<K> small = new LinkedHashSet<>();
        cells.forEach((key, count) -> {
            OptionalLong cell = publishable(count);
            shown.put(key, cell);
            if (cell.isEmpty()) {
                small.add(key);
            }
        });
        long sum = cells.values().stream().mapToLong(Long::longValue).sum();
        OptionalLong total = publishable(sum);
        Set<K> protecting = new LinkedHashSet<>();
        boolean totalProtecting = false;
        if (total.isPresent() && !small.isEmpty()) {
            while (anyDetermined(cells, small, protecting, sum)) {
                Optional<Map.Entry<K, Long>> next = cells.entrySet().stream()
                        .filter(e -> !small.contains(e.getKey()) && !protecting.contains(e.getKey()) && e.getValue() > 0)
                        .min(Map.Entry.comparingByValue());
                if (next.isEmpty()) {
                    total = OptionalLong.empty();
                    totalProtecting = true;
                    break;
                }
                protecting.add(next.get().getKey());
                shown.put(next.get().getKey(), OptionalLong.empty());
            }
        }
        return new Group<>(total, shown, Set.copyOf(protecting), totalProtecting);
    }

    /**
     * Whether a reader who knows the total could tell the exact value of a withheld cell: each lies in its bounds
     * (small: 1 to 10; protecting: 11 or more), and together they make up what the cells shown leave of the total.
     */
    private static <K> boolean anyDetermined(Map<K, Long> cells, Set<K> small, Set<K> protecting, long total) {
        long shownSum = 0;
        for (Map.Entry<K, Long> e : cells.entrySet()) {
            if (!small.contains(e.getKey()) && !protecting.contains(e.getKey())) {
                shownSum += e.getValue();
            }
        }
        long rest = total - shownSum;
        List<long[]> bounds = new ArrayList<>();
        small.forEach(k -> bounds.add(new long[] {1, THRESHOLD - 1}));
        for (int i = 0; i < protecting.size(); i++) {
            bounds.add(new long[] {THRESHOLD, Long.MAX_VALUE / 64});
        }
        long lows = bounds.stream().mapToLong(b -> b[0]).sum();
        long highs = bounds.stream().mapToLong(b -> b[1]).sum();
        for (long[] b : bounds) {
            long low = Math.max(b[0], rest - (highs - b[1]));
            long high = Math.min(b[1], rest - (lows - b[0]));
            if (low >= high) {
                return true;
            }
        }
        return false;
    }
}
