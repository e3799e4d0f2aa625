package org.entente.logistics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.allocation.Instance;
import org.entente.party.PartyDirectory;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logistics network: nodes kept by their party's logistics officer or focal point, and directed links kept by
 * the party of the node they leave. Logged-in users read it; a closure is recorded with its start and its reason.
 */
@Service
public class LogisticsNetwork {

    private final JdbcClient jdbc;
    private final PartyDirectory parties;
    private final AuditTrail audit;
    private final Clock clock;

    LogisticsNetwork(JdbcClient jdbc, PartyDirectory parties, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LogisticsNode> nodes(Actor actor) {
        actor.requireAuthenticated();
        return jdbc.sql("select * from logistics_node order by code").query(LogisticsNetwork::node).list();
    }

    @Transactional(readOnly = true)
    public Optional<LogisticsNode> findNode(String code) {
        return jdbc.sql("select * from logistics_node where code = ?").param(code).query(LogisticsNetwork::node).optional();
    }

    public LogisticsNode node(String code) {
        return findNode(code).orElseThrow(() -> new NotFound("node", code));
    }

    @Transactional(readOnly = true)
    public List<LogisticsLink> links(Actor actor) {
        actor.requireAuthenticated();
        return jdbc.sql("select * from logistics_link order by from_node, to_node, id").query(LogisticsNetwork::link).list();
    }

    public LogisticsLink link(long id) {
        return jdbc.sql("select * from logistics_link where id = ?").param(id).query(LogisticsNetwork::link).optional()
                .orElseThrow(() -> new NotFound("link", id));
    }

    @Transactional
    public LogisticsNode addNode(Actor actor, LogisticsNode n) {
        requireKeeper(actor, n.party());
        if (!parties.exists(n.party())) {
            throw InvalidInput.unknown("party", n.party().value());
        }
        if (findNode(n.code()).isPresent()) {
            throw Conflict.coded("node " + n.code() + " exists already", "node.taken", n.code());
        }
        jdbc.sql("insert into logistics_node (code, name, kind, party, latitude, longitude, version) values (?, ?, ?, ?, ?, ?, 0)")
                .params(n.code(), n.name(), n.kind().name(), n.party().value(), n.latitude(), n.longitude()).update();
        audit.record(new AuditEvent(actor, n.party().value(), "node.added", "LogisticsNode", n.code(),
                "added a " + n.kind() + " to the network"));
        return node(n.code());
    }

    @Transactional
    public LogisticsLink addLink(Actor actor, LogisticsLink l) {
        LogisticsNode from = findNode(l.from()).orElseThrow(() -> InvalidInput.unknown("from", l.from()));
        findNode(l.to()).orElseThrow(() -> InvalidInput.unknown("to", l.to()));
        requireKeeper(actor, from.party());
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into logistics_link (from_node, to_node, mode, transit_hours, delay_hours, capacity_kg, cost_per_kg,
                    version) values (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(l.from(), l.to(), l.mode().name(), l.transitHours(), l.delayHours(), l.capacityKg(), l.costPerKg())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(new AuditEvent(actor, from.party().value(), "link.added", "LogisticsLink", String.valueOf(id),
                "added a " + l.mode() + " link to the network"));
        return link(id);
    }

    /** Closes a link from a time (now if not given), with the reason; a closed link carries nothing in plans. */
    @Transactional
    public LogisticsLink close(Actor actor, long id, Instant from, String reason) {
        LogisticsLink l = link(id);
        requireKeeper(actor, node(l.from()).party());
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInput.reasonRequired("reason", 500);
        }
        Instant start = from == null ? clock.instant() : from;
        jdbc.sql("update logistics_link set closed_from = ?, closure_reason = ?, version = version + 1 where id = ?")
                .params(java.sql.Timestamp.from(start), reason.strip(), id).update();
        audit.record(new AuditEvent(actor, node(l.from()).party().value(), "link.closed", "LogisticsLink",
                String.valueOf(id), "closed a link, " + (from == null ? "now" : "from the time given")));
        return link(id);
    }

    @Transactional
    public LogisticsLink reopen(Actor actor, long id) {
        LogisticsLink l = link(id);
        requireKeeper(actor, node(l.from()).party());
        jdbc.sql("update logistics_link set closed_from = null, closure_reason = null, version = version + 1 where id = ?")
                .param(id).update();
        audit.record(new AuditEvent(actor, node(l.from()).party().value(), "link.reopened", "LogisticsLink",
                String.valueOf(id), "reopened a link"));
        return link(id);
    }

    static void requireKeeper(Actor actor, PartyCode party) {
        if (actor.hasAnyRole(Role.SECRETARIAT)) {
            return;
        }
        if (!actor.hasRoleFor(party, Role.LOGISTICS_OFFICER) && !actor.hasRoleFor(party, Role.FOCAL_POINT)) {
            throw new AccessDenied("only " + party + "'s logistics officer or focal point keeps its part of the network");
        }
    }

    private static LogisticsNode node(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new LogisticsNode(rs.getString("code"), rs.getString("name"), Instance.NodeKind.valueOf(rs.getString("kind")),
                new PartyCode(rs.getString("party")), (Double) rs.getObject("latitude", Double.class),
                (Double) rs.getObject("longitude", Double.class), rs.getLong("version"));
    }

    private static LogisticsLink link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Timestamp closed = rs.getTimestamp("closed_from");
        return new LogisticsLink(rs.getLong("id"), rs.getString("from_node"), rs.getString("to_node"),
                Instance.Mode.valueOf(rs.getString("mode")), rs.getDouble("transit_hours"), rs.getDouble("delay_hours"),
                rs.getDouble("capacity_kg"), rs.getDouble("cost_per_kg"), closed == null ? null : closed.toInstant(),
                rs.getString("closure_reason"), rs.getLong("version"));
    }
}
