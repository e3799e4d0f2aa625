package org.entente.sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

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

    /** A group of counts as it may be shown: its total and its cells, each shown or withheld (empty). */
    public record Group<K>(OptionalLong total, Map<K, OptionalLong> cells) {
    }

    /**
     * The cells of a group and their total, as they may be shown, so that no withheld cell can be found again from
     * the total and the cells shown: a total from 1 to 10 is withheld like any count, and when exactly one cell would
     * be withheld beside a total that is shown, the smallest other cell that is not zero is withheld too. The cells
     * keep their order.
     */
    public static <K> Group<K> publishableWithTotal(Map<K, Long> cells) {
        Map<K, OptionalLong> shown = new LinkedHashMap<>();
        List<K> withheld = new ArrayList<>();
        cells.forEach((key, count) -> {
            OptionalLong cell = publishable(count);
            shown.put(key, cell);
            if (cell.isEmpty()) {
                withheld.add(key);
            }
        });
        OptionalLong total = publishable(cells.values().stream().mapToLong(Long::longValue).sum());
        if (withheld.size() == 1 && total.isPresent()) {
            cells.entrySet().stream().filter(e -> !withheld.contains(e.getKey()) && e.getValue() > 0)
                    .min(Map.Entry.comparingByValue())
                    .ifPresent(e -> shown.put(e.getKey(), OptionalLong.empty()));
        }
        return new Group<>(total, shown);
    }
}
