package org.entente.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.entente.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Storage of the chain. Appends are serialised by locking the single head row, so two concurrent transactions
 * can never both link to the same predecessor; the lock is held until the surrounding transaction commits.
 */
@Repository
class AuditEntries {

    private static final int BATCH = 1000;
    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Head(long seq, String hash) {
    }

    Head lockHead() {
        return jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    Head head() {
        return jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    void append(AuditEntry e) {
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, party, action, entity_type, entity_id, summary,
                                         prev_hash, hash)
                values (:seq, :at, :actor, :party, :action, :type, :id, :summary, :prev, :hash)""")
                .param("seq", e.seq()).param("at", OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC))
                .param("actor", e.actor()).param("party", e.party()).param("action", e.action())
                .param("type", e.entityType()).param("id", e.entityId()).param("summary", e.summary())
                .param("prev", e.previousHash()).param("hash", e.hash())
                .update();
        jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", e.seq()).param("hash", e.hash()).update();
    }

    /**
     * Streams the chain in order up to the given entry, a batch at a time, so verification needs constant memory.
     * Entries written meanwhile, past {@code last}, are left for the next verification.
     */
    void forEachInOrder(long last, Consumer<AuditEntry> consumer) {
        long after = 0;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("""
                    select * from audit_entry where seq > :after and seq <= :last order by seq limit :n""")
                    .param("after", after).param("last", last).param("n", BATCH).query(AuditEntries::map).list();
            batch.forEach(consumer);
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).seq();
        }
    }

    List<AuditEntry> find(AuditFilter filter, Paging paging) {
        Query query = new Query(filter);
        return query.bind(jdbc.sql("select * from audit_entry" + query.where + " order by seq desc limit :limit offset :offset"))
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(AuditEntries::map).list();
    }

    long count(AuditFilter filter) {
        Query query = new Query(filter);
        return query.bind(jdbc.sql("select count(*) from audit_entry" + query.where)).query(Long.class).single();
    }

    private static final class Query {
        final String where;
        final List<Object[]> params = new ArrayList<>();

        Query(AuditFilter f) {
            List<String> clauses = new ArrayList<>();
            add(clauses, "entity_type = :entityType", "entityType", f.entityType());
            add(clauses, "entity_id = :entityId", "entityId", f.entityId());
            add(clauses, "action = :action", "action", f.action());
            add(clauses, "actor = :actor", "actor", f.actor());
            add(clauses, "party = :party", "party", f.party());
            add(clauses, "occurred_at >= :from", "from", f.from() == null ? null : utc(f.from()));
            add(clauses, "occurred_at < :to", "to", f.to() == null ? null : utc(f.to()));
            where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }

        private void add(List<String> clauses, String clause, String name, Object value) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                clauses.add(clause);
                params.add(new Object[] {name, value});
            }
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (Object[] p : params) {
                spec = spec.param((String) p[0], p[1]);
            }
            return spec;
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("party"), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("summary"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
