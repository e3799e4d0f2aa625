package org.entente.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.entente.shared.Classification;
import org.entente.shared.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The disclosure log: append-only, read by the owner party. */
@Repository
class Disclosures {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Disclosures(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A disclosure waiting to be written. */
    record Entry(Instant at, String owner, String recipient, String viewer, DataKind kind, String ref,
            Classification level, Disclosure.Purpose purpose) {
    }

    /** Appends the entries in one transaction of their own (autocommit), as one batch. */
    void append(List<Entry> entries) {
        batch.batchUpdate("""
                insert into disclosure (occurred_at, owner_party, recipient_party, viewer, data_kind, record_ref,
                                        classification, purpose)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", entries, entries.size(), (ps, e) -> {
            ps.setObject(1, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
            ps.setString(2, e.owner());
            ps.setString(3, e.recipient());
            ps.setString(4, e.viewer());
            ps.setString(5, e.kind().name());
            ps.setString(6, e.ref());
            ps.setString(7, e.level().name());
            ps.setString(8, e.purpose().name());
        });
    }

    List<Disclosure> ofOwner(String owner, Paging paging) {
        return jdbc.sql("select * from disclosure where owner_party = :owner order by id desc limit :limit offset :offset")
                .param("owner", owner).param("limit", paging.size()).param("offset", paging.offset())
                .query(Disclosures::map).list();
    }

    long countOfOwner(String owner) {
        return jdbc.sql("select count(*) from disclosure where owner_party = :owner").param("owner", owner)
                .query(Long.class).single();
    }

    private static Disclosure map(ResultSet rs, int row) throws SQLException {
        return new Disclosure(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("owner_party"), rs.getString("recipient_party"), rs.getString("viewer"),
                DataKind.valueOf(rs.getString("data_kind")), rs.getString("record_ref"),
                Classification.valueOf(rs.getString("classification")),
                Disclosure.Purpose.valueOf(rs.getString("purpose")));
    }
}
