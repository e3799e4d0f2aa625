package org.entente.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.entente.compact.Indicator;
import org.entente.shared.PartyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A party's verified totals, indicator by indicator and period by period, with the indicators computed by a formula
 * evaluated from their verified data elements as they are read (never stored, so never stale). What judges progress
 * reads this: the scorecard, the revision triggers and the review cycles.
 */
@Service
public class VerifiedSeries {

    private final JdbcClient jdbc;

    VerifiedSeries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each indicator's verified totals, those of {@code computed} indicators evaluated from their elements. */
    @Transactional(readOnly = true)
    public Map<String, TreeMap<ReportingPeriod, Double>> totals(String compact, PartyCode party,
            List<Indicator> computed) {
        Map<String, TreeMap<ReportingPeriod, Double>> series = new HashMap<>();
        jdbc.sql("""
                select indicator, period, amount from indicator_value where compact = ? and party = ?
                and disaggregation = '' and status in ('VERIFIED', 'VERIFIED_WITH_NOTE')""")
                .params(compact, party.value())
                .query((rs, n) -> series.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .put(ReportingPeriod.parse(rs.getString(2)), rs.getDouble(3))).list();
        for (Indicator indicator : computed) {
            if (indicator.formula().isEmpty()) {
                continue;
            }
            List<String> elements = indicator.formula().get().elements();
            TreeSet<ReportingPeriod> periods = new TreeSet<>();
            elements.forEach(e -> periods.addAll(series.getOrDefault(e, new TreeMap<>()).keySet()));
            TreeMap<ReportingPeriod, Double> values = new TreeMap<>();
            for (ReportingPeriod period : periods) {
                Map<String, Double> at = new HashMap<>();
                elements.forEach(e -> {
                    Double v = series.getOrDefault(e, new TreeMap<>()).get(period);
                    if (v != null) {
                        at.put(e, v);
                    }
                });
                Double value = DataElements.computed(List.of(indicator), at).get(indicator.code());
                if (value != null) {
                    values.put(period, value);
                }
            }
            if (!values.isEmpty()) {
                series.put(indicator.code(), values);
            }
        }
        return series;
    }
}
