package org.entente.compact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.shared.PartyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The adherence matrix of a compact in five fixed queries: its module codes, its adherences, the modules each
 * commits to, the modules each adapts, and the parties' names. The matrix is public for a public compact, so it is
 * read often; loading every adherence and module text as aggregates cost a hundred generated queries.
 */
@Repository
class MatrixRows {

    private final JdbcClient jdbc;

    MatrixRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AdherenceDesk.Matrix of(Compact compact) {
        List<String> codes = jdbc.sql("select code from compact_module where compact = ? order by position")
                .param(compact.id()).query(String.class).list();
        record Committed(int version, boolean reconfirmationDue) {
        }
        Map<Long, Map<String, Committed>> committed = new HashMap<>();
        jdbc.sql("""
                select m.adherence, m.module_code, m.module_version, m.reconfirmation_due from adherence_module m
                join adherence a on a.id = m.adherence where a.compact = ?""").param(compact.id()).query(rs -> {
                    committed.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getString(2), new Committed(rs.getInt(3), rs.getBoolean(4)));
                });
        Map<Long, Set<String>> adapted = new HashMap<>();
        jdbc.sql("""
                select d.adherence, d.module_code from adaptation d join adherence a on a.id = d.adherence
                where a.compact = ?""").param(compact.id()).query(rs -> {
                    adapted.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select p.code, p.name from party p join adherence a on a.party = p.code where a.compact = ?")
                .param(compact.id()).query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        List<AdherenceDesk.Row> rows = new ArrayList<>();
        jdbc.sql("select id, party, status from adherence where compact = ? order by party").param(compact.id())
                .query(rs -> {
                    long id = rs.getLong(1);
                    Map<String, Committed> chosen = committed.getOrDefault(id, Map.of());
                    Set<String> adapts = adapted.getOrDefault(id, Set.of());
                    Map<String, AdherenceDesk.Cell> cells = new LinkedHashMap<>();
                    for (String code : codes) {
                        Committed c = chosen.get(code);
                        cells.put(code, c == null ? new AdherenceDesk.Cell(false, 0, false, false)
                                : new AdherenceDesk.Cell(true, c.version(), adapts.contains(code), c.reconfirmationDue()));
                    }
                    String party = rs.getString(2);
                    rows.add(new AdherenceDesk.Row(new PartyCode(party), names.getOrDefault(party, party),
                            AdherenceStatus.valueOf(rs.getString(3)), cells));
                });
        return new AdherenceDesk.Matrix(compact, codes, rows);
    }
}
