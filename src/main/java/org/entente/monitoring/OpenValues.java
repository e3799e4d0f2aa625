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
 * one dimension, a second cell is withheld so that the first cannot be found again by subtraction. Data elements are
 * treated as counts (withheld the same way), and an indicator computed from them ({@link DataElements}) is published
 * beside them, computed as it is read, and withheld wherever one of its elements is.
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
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final LiveFigures figures;

    OpenValues(Submissions submissions, CompactCatalogue catalogue, org.springframework.jdbc.core.simple.JdbcClient jdbc,
            LiveFigures figures) {
        this.submissions = submissions;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /**
     * One indicator's verified totals across parties and periods, as the public reads them: a count from 1 to 10
     * withheld; a computed indicator from its elements' totals, withheld where one of them is. Read for that indicator
     * alone, and kept until the compact's values change ({@link LiveFigures}).
     */
    @Transactional(readOnly = true)
    public List<Published> series(Actor reader, String compact, org.entente.compact.Indicator indicator) {
        catalogue.readable(reader, compact);
        return figures.of(compact, "series:" + indicator.code(), () -> {
            List<String> codes = indicator.formula().map(f -> f.elements()).orElse(List.of(indicator.code()));
            List<Submissions.Value> totals = new ArrayList<>();
            for (String code : codes.stream().distinct().toList()) {
                totals.addAll(submissions.verifiedTotals(compact, code));
            }
            List<Published> published = new ArrayList<>();
            for (Submissions.Value v : totals) {
                boolean count = indicator.formula().isPresent() || indicator.unit() == IndicatorUnit.COUNT;
                boolean shown = !count || SmallCounts.publishable(Math.round(v.amount())).isPresent();
                published.add(new Published(v, shown ? v.amount() : null));
            }
            if (indicator.formula().isEmpty()) {
                return List.copyOf(published);
            }
            Map<String, String> moduleOf = new HashMap<>();
            totals.stream().findFirst().ifPresent(v -> moduleOf.put(indicator.code(), v.module()));
            return List.copyOf(computed(List.of(indicator), moduleOf, published));
        });
    }

    @Transactional(readOnly = true)
    public List<Published> of(Actor reader, String compact) {
        Map<String, IndicatorUnit> units = new HashMap<>();
        List<org.entente.compact.Indicator> computed = new ArrayList<>();
        Map<String, String> moduleOf = new HashMap<>();
        catalogue.get(reader, compact).modules().forEach(m -> m.text().indicators().forEach(i -> {
            units.put(i.code(), i.unit());
            if (i.formula().isPresent()) {
                computed.add(i);
                moduleOf.put(i.code(), m.module().code());
                DataElements.of(i).forEach(e -> units.putIfAbsent(e.code(), IndicatorUnit.COUNT));
            }
        }));
        List<Submissions.Value> verified = submissions.verified(compact);
        Map<Long, Double> amounts = new HashMap<>();
        verified.forEach(v -> amounts.put(v.id(), v.amount()));
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
                    .forEach((id, count) -> shown.put(id, count.isPresent() ? amounts.get(id) : null)));
        }
        List<Published> published = new ArrayList<>(verified.stream().map(v -> new Published(v, shown.get(v.id())))
                .toList());
        published.addAll(computed(computed, moduleOf, published));
        return published;
    }

    /**
     * The computed indicators for each party, period and breakdown whose elements are all verified: withheld where one
     * of them is; verified when the last of them was.
     */
    private static List<Published> computed(List<org.entente.compact.Indicator> indicators,
            Map<String, String> moduleOf, List<Published> published) {
        Map<String, Map<String, Published>> groups = new LinkedHashMap<>();
        for (Published p : published) {
            Submissions.Value v = p.value();
            groups.computeIfAbsent(v.party().value() + "|" + v.period() + "|" + v.disaggregation(),
                    k -> new HashMap<>()).put(v.indicator(), p);
        }
        List<Published> values = new ArrayList<>();
        long synthetic = -1;
        for (Map<String, Published> group : groups.values()) {
            for (org.entente.compact.Indicator indicator : indicators) {
                List<String> elements = indicator.formula().orElseThrow().elements();
                if (!elements.stream().allMatch(group::containsKey)) {
                    continue;
                }
                Map<String, Double> raw = new HashMap<>();
                elements.forEach(e -> raw.put(e, group.get(e).value().amount()));
                Double value = DataElements.computed(List.of(indicator), raw).get(indicator.code());
                if (value == null) {
                    continue;
                }
                List<Submissions.Value> of = elements.stream().map(e -> group.get(e).value()).toList();
                Submissions.Value first = of.get(0);
                java.time.Instant verifiedAt = of.stream().map(Submissions.Value::verifiedAt)
                        .filter(java.util.Objects::nonNull).max(java.time.Instant::compareTo).orElse(null);
                java.time.Instant reportedAt = of.stream().map(Submissions.Value::reportedAt)
                        .max(java.time.Instant::compareTo).orElseThrow();
                ValueStatus status = of.stream().anyMatch(v -> v.status() == ValueStatus.VERIFIED_WITH_NOTE)
                        ? ValueStatus.VERIFIED_WITH_NOTE : ValueStatus.VERIFIED;
                Submissions.Value v = new Submissions.Value(synthetic--, first.compact(), first.party(),
                        moduleOf.get(indicator.code()), indicator.code(), first.period(), first.disaggregation(), value,
                        "computed: " + indicator.formula().orElseThrow(), null, "computed", reportedAt,
                        of.stream().anyMatch(Submissions.Value::late), null, 0, status, verifiedAt);
                boolean withheld = elements.stream().anyMatch(e -> group.get(e).withheld());
                values.add(new Published(v, withheld ? null : value));
            }
        }
        return values;
    }
}
