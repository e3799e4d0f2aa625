package org.entente.grievance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.entente.shared.Conflict;
import org.entente.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Cases as rows: the state in clear, the sealed parts as bytes, with optimistic locking on every update. */
@Component
class CaseStore {

    /** What is kept sealed of a case, with the key that opens it. */
    record Sealed(String binding, byte[] wrappedKey, byte[] personal) {
    }

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(GrievanceCase c, String binding, String receiptHash, String salt, String passHash,
            boolean contactWanted, String employerKey, String recruiterKey, byte[] wrappedKey, byte[] personal) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into grievance_case (binding, receipt_hash, pass_salt, pass_hash, channel, category,
                    country_from, country_to, language, urgency, stage, jurisdiction, received_at, stage_since, due_at,
                    contact_wanted, consent_to_reveal, employer_key, recruiter_key, wrapped_key, personal)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(binding, receiptHash, salt, passHash, c.channel().name(), c.category().name(), c.countryFrom(),
                        c.countryTo(), c.language(), c.urgency().name(), c.stage().name(), c.jurisdiction(),
                        ts(c.receivedAt()), ts(c.stageSince()), ts(c.dueAt()), contactWanted, c.consentToReveal(),
                        employerKey, recruiterKey, wrappedKey, personal)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    GrievanceCase get(long id) {
        return find(id).orElseThrow(() -> new NotFound("grievance case", id));
    }

    Optional<GrievanceCase> find(long id) {
        return jdbc.sql("select * from grievance_case where id = ?").param(id).query(CaseStore::row).optional();
    }

    Sealed sealed(long id) {
        return jdbc.sql("select binding, wrapped_key, personal from grievance_case where id = ?").param(id)
                .query((rs, n) -> new Sealed(rs.getString(1), rs.getBytes(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFound("grievance case", id));
    }

    /** Writes the case's state back, if no one else has changed it since it was read. */
    GrievanceCase update(GrievanceCase c) {
        int changed = jdbc.sql("""
                update grievance_case set category = ?, language = ?, urgency = ?, stage = ?, jurisdiction = ?,
                    compact = ?, stage_since = ?, due_at = ?, closed_at = ?, outcome = ?, consent_to_reveal = ?,
                    reached_panel = ?, version = version + 1
                where id = ? and version = ?""")
                .params(c.category().name(), c.language(), c.urgency().name(), c.stage().name(), c.jurisdiction(),
                        c.compact(), ts(c.stageSince()), ts(c.dueAt()), ts(c.closedAt()),
                        c.outcome() == null ? null : c.outcome().name(), c.consentToReveal(), c.reachedPanel(), c.id(),
                        c.version())
                .update();
        if (changed == 0) {
            throw Conflict.coded("case " + c.id() + " was changed by someone else; reload it", "grievance.changed");
        }
        return get(c.id());
    }

    void event(long caseId, Instant at, String kind, String actor, Stage stage, String detail) {
        jdbc.sql("insert into grievance_event (case_id, at, kind, actor, stage, detail) values (?, ?, ?, ?, ?, ?)")
                .params(caseId, ts(at), kind, actor, stage == null ? null : stage.name(), detail).update();
    }

    /** The open cases whose target has passed, oldest due first. */
    List<Long> overdue(Instant now, int most) {
        return jdbc.sql("select id from grievance_case where stage <> 'CLOSED' and due_at < ? order by due_at "
                + "fetch first " + most + " rows only").param(ts(now)).query(Long.class).list();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static GrievanceCase row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new GrievanceCase(rs.getLong("id"), Category.valueOf(rs.getString("category")),
                rs.getString("country_from"), rs.getString("country_to"), rs.getString("language"),
                Urgency.valueOf(rs.getString("urgency")), Stage.valueOf(rs.getString("stage")),
                rs.getString("jurisdiction"), rs.getString("compact"), IntakeChannel.valueOf(rs.getString("channel")),
                instant(rs, "received_at"), instant(rs, "stage_since"), instant(rs, "due_at"),
                instant(rs, "closed_at"), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getBoolean("consent_to_reveal"), rs.getBoolean("reached_panel"), instant(rs, "anonymised_at"),
                rs.getInt("version"));
    }
}
