package org.entente.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.entente.shared.Classification;
import org.entente.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The disclosure log: append-only, read by the owner party. */
@Repository
class Disclosures {

    private final JdbcClient jdbc;

    Disclosures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void log(Instant at, String owner, String recipient, String viewer, DataKind kind, String ref,
            Classification level, Disclosure.Purpose purpose) {
        jdbc.sql("""
                insert into disclosure (occurred_at, owner_party, recipient_party, viewer, data_kind, record_ref,
                                        classification, purpose)
                values (:at, :owner, :recipient, :viewer, :kind, :ref, :level, :purpose)""")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("owner", owner)
                .param("recipient", recipient).param("viewer", viewer).param("kind", kind.name())
                .param("ref", ref).param("level", level.name()).param("purpose", purpose.name())
                .update();
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
