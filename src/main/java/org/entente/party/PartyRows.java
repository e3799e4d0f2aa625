package org.entente.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The whole directory in two fixed queries (parties, then every focal point), for the lists read on every page and
 * by every anonymous visitor. Loading it through the repository costs a generated query per party for its contacts;
 * see docs/benchmarks.md, "Read path under load".
 */
@Repository
class PartyRows {

    private final JdbcClient jdbc;

    PartyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Party> all() {
        Map<String, List<FocalPoint>> contacts = new HashMap<>();
        jdbc.sql("select * from focal_point order by party_code, list_index").query(rs -> {
            contacts.computeIfAbsent(rs.getString("party_code"), k -> new ArrayList<>()).add(focalPoint(rs));
        });
        return jdbc.sql("select * from party order by code")
                .query((rs, n) -> party(rs, contacts.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    private static FocalPoint focalPoint(ResultSet rs) throws SQLException {
        return new FocalPoint(rs.getString("name"), rs.getString("function"), rs.getString("email"),
                rs.getString("phone"), rs.getString("languages"), rs.getObject("last_confirmed", LocalDate.class));
    }

    private static Party party(ResultSet rs, List<FocalPoint> contacts) throws SQLException {
        String influence = rs.getString("influence");
        return Party.restore(rs.getString("code"), PartyKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("short_name"), rs.getString("region"), rs.getString("working_languages"),
                rs.getString("interests"), influence == null ? null : Influence.valueOf(influence), contacts,
                rs.getLong("version"), rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
