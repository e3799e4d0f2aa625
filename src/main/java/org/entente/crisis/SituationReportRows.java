package org.entente.crisis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.shared.Classification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A crisis's situation reports in three fixed queries (reports, recipients, needs), newest first: the list every
 * reader of a crisis asks for, anonymous visitors included. The repository would generate and run two queries more
 * per report; see docs/benchmarks.md, "Read path under load".
 */
@Repository
class SituationReportRows {

    private final JdbcClient jdbc;

    SituationReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SituationReport> ofCrisis(long crisis) {
        Map<Long, Set<String>> recipients = new HashMap<>();
        jdbc.sql("""
                select r.sitrep, r.party_code from sitrep_recipient r join sitrep s on s.id = r.sitrep
                where s.crisis = ?""").param(crisis)
                .query(rs -> {
                    recipients.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        Map<Long, List<Need>> needs = new HashMap<>();
        jdbc.sql("""
                select n.sitrep, n.sector, n.need, n.gap from sitrep_need n join sitrep s on s.id = n.sitrep
                where s.crisis = ? order by n.sitrep, n.list_index""").param(crisis)
                .query(rs -> {
                    needs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Need(Sector.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
                });
        return jdbc.sql("select * from sitrep where crisis = ? order by submitted_at desc").param(crisis)
                .query((rs, n) -> report(rs, recipients.getOrDefault(rs.getLong("id"), Set.of()),
                        needs.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static SituationReport report(ResultSet rs, Set<String> recipients, List<Need> needs) throws SQLException {
        KeyFigures figures = new KeyFigures(number(rs, "affected"), number(rs, "in_need"), number(rs, "deaths"),
                number(rs, "injured"), number(rs, "displaced"), number(rs, "cases"), number(rs, "reached"));
        Classification[] classifications = {Classification.valueOf(rs.getString("classification")),
                Classification.valueOf(rs.getString("figures_classification")),
                Classification.valueOf(rs.getString("needs_classification")),
                Classification.valueOf(rs.getString("actions_classification"))};
        return SituationReport.restore(rs.getLong("id"), rs.getLong("crisis"), rs.getString("reporting_party"),
                instant(rs, "period_start"), instant(rs, "period_end"), rs.getString("summary"), classifications,
                recipients, figures, needs, rs.getString("response_actions"), instant(rs, "next_report_due"),
                instant(rs, "submitted_at"), rs.getString("submitted_by"));
    }

    private static Long number(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
