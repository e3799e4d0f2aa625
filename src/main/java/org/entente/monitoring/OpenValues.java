package org.entente.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.entente.compact.CompactCatalogue;
import org.entente.compact.IndicatorUnit;
import org.entente.sharing.SmallCounts;
import org.entente.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verified values of a compact as the public reads them. Counts are suppressed as every public figure is
 * ({@link SmallCounts}): a count from 1 to 10 is withheld, and where a total is published beside its breakdown by
 * one dimension, a second cell is withheld so that the first cannot be found again by subtraction.
 */
@Service
public class OpenValues {

    /** A published value: {@code amount} is null where it is withheld. */
    public record Published(Submissions.Value value, Double amount) {

        public boolean withheld() {
            return amount == null;
        }
    }

    private final Submissions submissions;
    private final CompactCatalogue catalogue;

    OpenValues(Submissions submissions, CompactCatalogue catalogue) {
        this.submissions = submissions;
        this.catalogue = catalogue;
    }

    @Transactional(readOnly = true)
    public List<Published> of(Actor reader, String compact) {
        Map<String, IndicatorUnit> units = new HashMap<>();
        catalogue.get(reader, compact).modules().forEach(m -> m.text().indicators()
                .forEach(i -> units.put(i.code(), i.unit())));
        List<Submissions.Value> verified = submissions.verified(compact);
        Map<Long, Double> shown = new HashMap<>();
        // Counts grouped by series and period: the total, and each one-dimension breakdown of it.
        Map<String, List<Submissions.Value>> groups = new LinkedHashMap<>();
        for (Submissions.Value v : verified) {
            if (units.get(v.indicator()) != IndicatorUnit.COUNT) {
                shown.put(v.id(), v.amount());
                continue;
            }
            String dimension = v.disaggregation().isEmpty() || v.disaggregation().contains(";") ? ""
                    : v.disaggregation().substring(0, v.disaggregation().indexOf('='));
            groups.computeIfAbsent(v.indicator() + "|" + v.party() + "|" + v.period(), k -> new ArrayList<>()).add(v);
            if (dimension.isEmpty()) {
                OptionalLong alone = SmallCounts.publishable(Math.round(v.amount()));
                shown.put(v.id(), alone.isPresent() ? v.amount() : null);
            }
        }
        for (List<Submissions.Value> group : groups.values()) {
            Map<String, Map<Long, Long>> byDimension = new LinkedHashMap<>();
            for (Submissions.Value v : group) {
                if (!v.disaggregation().isEmpty() && !v.disaggregation().contains(";")) {
                    byDimension.computeIfAbsent(v.disaggregation().substring(0, v.disaggregation().indexOf('=')),
                            k -> new LinkedHashMap<>()).put(v.id(), Math.round(v.amount()));
                }
            }
            byDimension.values().forEach(cells -> SmallCounts.publishableWithTotal(cells).cells()
                    .forEach((id, count) -> shown.put(id, count.isPresent() ? (double) count.getAsLong() : null)));
        }
        return verified.stream().map(v -> new Published(v, shown.get(v.id()))).toList();
    }
}
