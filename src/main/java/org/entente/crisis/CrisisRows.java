package org.entente.crisis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.entente.shared.Classification;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One crisis in four fixed queries (the crisis, its affected parties, its timeline, its decision rights). Nearly
 * every request about a crisis reads it first, through the red lines; the repository would generate each of the four
 * statements anew on every read. Writes still go through the repository, with the version read here.
 */
@Repository
class CrisisRows {

    /** The crisis's own row. */
    record Header(Long id, String code, String name, CrisisType type, String leadParty, String areas,
            Classification classification, int reportEveryHours, Instant startedAt, Instant closedAt, Long protocol,
            String level, Long version) {
    }

    private final JdbcClient jdbc;

    CrisisRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Crisis> find(long id) {
        return jdbc.sql("select * from crisis where id = ?").param(id).query(CrisisRows::header).optional()
                .map(h -> {
                    Set<String> affected = new HashSet<>(jdbc.sql("select party_code from crisis_party where crisis = ?")
                            .param(id).query(String.class).list());
                    List<TimelineEvent> timeline = jdbc.sql(
                            "select occurred_at, text, party, message_key, message_args from crisis_event where crisis = ? "
                                    + "order by list_index")
                            .param(id).query((rs, n) -> new TimelineEvent(instant(rs, "occurred_at"), rs.getString("text"),
                                    rs.getString("party"), rs.getString("message_key"), rs.getString("message_args")))
                            .list();
                    List<DecisionRight> rights = jdbc.sql(
                            "select resource, party, role from decision_right where crisis = ? order by list_index")
                            .param(id).query((rs, n) -> new DecisionRight(ResourceKind.valueOf(rs.getString("resource")),
                                    rs.getString("party"), Role.valueOf(rs.getString("role")))).list();
                    return Crisis.restore(h, affected, timeline, rights);
                });
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        long protocol = rs.getLong("protocol");
        Long protocolId = rs.wasNull() ? null : protocol;
        return new Header(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                CrisisType.valueOf(rs.getString("type")), rs.getString("lead_party"), rs.getString("areas"),
                Classification.valueOf(rs.getString("classification")), rs.getInt("report_every_hours"),
                instant(rs, "started_at"), instant(rs, "closed_at"), protocolId, rs.getString("level"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
