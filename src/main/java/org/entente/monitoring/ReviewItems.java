package org.entente.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What revision triggers opened: a review item per rule, party, module and indicator, opened once and not again
 * while it is open (a unique key held only while open), publicly listed with the rule that fired, and closed by the
 * secretariat with a note, usually when a review cycle has dealt with it.
 */
@Service
public class ReviewItems {

    @Labelled("review.item.status")
    public enum Status { OPEN, CLOSED }

    /** An item, with the rule that opened it. */
    public record Item(long id, String compact, long ruleId, String ruleCode, String ruleName,
            PartyCode party, String module, String indicator, String period, Double observed, Double threshold,
            Instant openedAt, Status status, Instant closedAt, String closedBy, String closingNote) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewItems(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens an item for a firing rule unless one is open for the same rule, party, module and indicator. */
    @Transactional
    public Optional<Item> open(ReviewTriggers.Firing f) {
        String key = f.rule().id() + "|" + f.party().value() + "|" + f.module() + "|"
                + (f.indicator() == null ? "" : f.indicator());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                insert into review_item (compact, rule_id, party, module, indicator, period, observed, threshold,
                    opened_at, status, open_key, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 0)
                on conflict do nothing""")
                .params(f.rule().compact(), f.rule().id(), f.party().value(), f.module(), f.indicator(), f.period(),
                        f.observed(), f.threshold(), Timestamp.from(clock.instant()), key)
                .update(keys, "id");
        if (inserted == 0) {
            return Optional.empty();
        }
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(new AuditEvent(Actor.system(), f.party().value(), "review-item.opened", "ReviewItem",
                String.valueOf(id), "rule " + f.rule().rule().code() + " fired for " + f.party() + ", "
                        + f.module() + (f.indicator() == null ? "" : " " + f.indicator())
                        + (f.period() == null ? "" : " " + f.period())));
        return Optional.of(get(id));
    }

    /** The secretariat closes an item with a note saying how it was dealt with. */
    @Transactional
    public Item close(Actor actor, long id, String note) {
        actor.requireAnyRole(Role.SECRETARIAT);
        Item item = get(id);
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw InvalidInput.reasonRequired("note", 2000);
        }
        int changed = jdbc.sql("""
                update review_item set status = 'CLOSED', closed_at = ?, closed_by = ?, closing_note = ?,
                    open_key = null, version = version + 1 where id = ? and status = 'OPEN'""")
                .params(Timestamp.from(clock.instant()), actor.username(), note.strip(), id).update();
        if (changed == 0) {
            throw Conflict.coded("review item " + id + " is already closed", "monitoring.itemClosed");
        }
        audit.record(new AuditEvent(actor, item.party().value(), "review-item.closed", "ReviewItem",
                String.valueOf(id), "review item " + id + " (" + item.ruleCode() + ", " + item.party() + ") closed"));
        return get(id);
    }

    @Transactional(readOnly = true)
    public Item get(long id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(ReviewItems::item).optional()
                .orElseThrow(() -> new NotFound("review item", id));
    }

    /** A compact's review items, open ones first, newest first: public. */
    @Transactional(readOnly = true)
    public List<Item> of(String compact) {
        return jdbc.sql(SELECT + " where i.compact = ? order by case when i.status = 'OPEN' then 0 else 1 end, "
                + "i.opened_at desc, i.id desc").param(compact).query(ReviewItems::item).list();
    }

    /** The open items of one party in a compact. */
    @Transactional(readOnly = true)
    public List<Item> openFor(String compact, PartyCode party) {
        return jdbc.sql(SELECT + " where i.compact = ? and i.party = ? and i.status = 'OPEN' order by i.opened_at")
                .params(compact, party.value()).query(ReviewItems::item).list();
    }

    private static final String SELECT = """
            select i.*, r.code as rule_code, r.name as rule_name, r.id as rid from review_item i
            join trigger_rule r on r.id = i.rule_id""";

    private static Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Object observed = rs.getObject("observed");
        Object threshold = rs.getObject("threshold");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Item(rs.getLong("id"), rs.getString("compact"), rs.getLong("rule_id"), rs.getString("rule_code"),
                rs.getString("rule_name"), new PartyCode(rs.getString("party")), rs.getString("module"),
                rs.getString("indicator"), rs.getString("period"),
                observed == null ? null : ((Number) observed).doubleValue(),
                threshold == null ? null : ((Number) threshold).doubleValue(),
                rs.getTimestamp("opened_at").toInstant(), Status.valueOf(rs.getString("status")),
                closed == null ? null : closed.toInstant(), rs.getString("closed_by"), rs.getString("closing_note"));
    }
}
