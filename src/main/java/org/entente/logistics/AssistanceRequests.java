package org.entente.logistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.ResourceKind;
import org.entente.allocation.Instance;
import org.entente.shared.AccessDenied;
import org.entente.sharing.Classified;
import org.entente.sharing.DataKind;
import org.entente.sharing.Disclosure;
import org.entente.sharing.Sharing;
import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for assistance in a crisis. The lead or an affected party's focal point or logistics officer drafts and
 * submits them; the holder of the decision right for each kind of resource asked for approves them (the crisis
 * module says who that is); the requesting party or a decision holder cancels them with a reason. Reads go through
 * the requesting party's red line for ASSISTANCE_REQUEST: a reader refused a request is told it does not exist, and
 * a list says how many it withheld.
 */
@Service
public class AssistanceRequests {

    public static final int MAX_LINES = 100;

    /** A line as a party asks for it. */
    public record LineDraft(String commodity, Double quantity, Instance.Priority priority, Instant neededBy) {
    }

    /** More than any one request could need: a larger figure is a typing error, whatever the path it came by. */
    static final double MOST_PER_LINE = 1e9;

    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final CrisisRoom crises;
    private final Catalogue catalogue;
    private final LogisticsNetwork network;
    private final AuditTrail audit;
    private final Clock clock;
    private final Sharing sharing;

    AssistanceRequests(JdbcClient jdbc, CrisisRoom crises, Catalogue catalogue, LogisticsNetwork network,
            AuditTrail audit, Clock clock, Sharing sharing,
            ApplicationEventPublisher events) {
        this.events = events;
        this.sharing = sharing;
        this.jdbc = jdbc;
        this.crises = crises;
        this.catalogue = catalogue;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    /** A request as the red lines see it: the requesting party owns it; CONFIDENTIAL names its deciders. */
    private record Readable(AssistanceRequest request, Set<PartyCode> recipients) implements Classified {

        @Override
        public PartyCode owner() {
            return request.requestingParty();
        }

        @Override
        public Classification classification() {
            return request.classification();
        }

        @Override
        public DataKind dataKind() {
            return DataKind.ASSISTANCE_REQUEST;
        }

        @Override
        public String reference() {
            return "request/" + request.id();
        }
    }

    /** Drafts a request its requesting party's partners may all read (PARTNERS). */
    @Transactional
    public AssistanceRequest draft(Actor actor, long crisisId, PartyCode party, String deliveryPoint,
            List<LineDraft> lines, String note) {
        return draft(actor, crisisId, party, deliveryPoint, lines, note, Classification.PARTNERS);
    }

    @Transactional
    public AssistanceRequest draft(Actor actor, long crisisId, PartyCode party, String deliveryPoint,
            List<LineDraft> lines, String note, Classification classification) {
        Crisis crisis = crises.get(actor, crisisId);
        if (classification == null) {
            throw new InvalidInput("classification", "is required: PUBLIC, PARTNERS, RESTRICTED or CONFIDENTIAL");
        }
        if (party == null) {
            throw new InvalidInput("party", "is required: the party asking for assistance");
        }
        requireRequester(actor, party);
        if (!crisis.isActive()) {
            throw new Conflict("crisis " + crisis.code() + " is closed");
        }
        if (!party.equals(crisis.leadParty()) && !crisis.affectedParties().contains(party)) {
            throw new InvalidInput("party", party + " is neither the lead nor an affected party of " + crisis.code());
        }
        LogisticsNode point = network.findNode(deliveryPoint == null ? "" : deliveryPoint)
                .orElseThrow(() -> InvalidInput.unknown("deliveryPoint", String.valueOf(deliveryPoint)));
        if (point.kind() != Instance.NodeKind.DELIVERY_POINT) {
            throw new InvalidInput("deliveryPoint", deliveryPoint + " is a " + point.kind() + ", not a delivery point");
        }
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw InvalidInput.coded("lines", "ask for 1 to " + MAX_LINES + " lines", "request.invalid.lines", MAX_LINES);
        }
        if (note != null && note.length() > 1000) {
            throw InvalidInput.tooLong("note", 1000);
        }
        Instant now = clock.instant();
        List<InvalidInput> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            found.addAll(check(lines.get(i), now, "lines[" + i + "]"));
        }
        InvalidInput.throwIfAny(found);
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into assistance_request (crisis, requesting_party, delivery_point, status, note, classification,
                    created_at, created_by, version) values (?, ?, ?, 'DRAFT', ?, ?, ?, ?, 0)""")
                .params(crisis.id(), party.value(), point.code(), note == null || note.isBlank() ? null : note.strip(),
                        classification.name(), Timestamp.from(now), actor.username())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (int i = 0; i < lines.size(); i++) {
            LineDraft l = lines.get(i);
            jdbc.sql("""
                    insert into assistance_line (request, list_index, commodity, quantity, priority, needed_by, delivered)
                    values (?, ?, ?, ?, ?, ?, 0)""")
                    .params(id, i, l.commodity(), l.quantity(), l.priority().name(), Timestamp.from(l.neededBy())).update();
        }
        audit.record(new AuditEvent(actor, party.value(), "request.drafted", "AssistanceRequest", String.valueOf(id),
                "drafted a " + classification + " request for assistance with " + lines.size() + " line(s) for crisis #"
                        + crisis.id()));
        return get(id);
    }

    /**
     * What is wrong with these lines, without drafting anything: a form that already found a value it could not read
     * asks for the rest, so that the person sees every problem at once.
     */
    @Transactional(readOnly = true)
    public List<InvalidInput> problemsOf(List<LineDraft> lines) {
        Instant now = clock.instant();
        List<InvalidInput> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            found.addAll(check(lines.get(i), now, "lines[" + i + "]"));
        }
        return found;
    }

    /** Every problem of one line, not only the first, so that the form can show them all at once. */
    private List<InvalidInput> check(LineDraft l, Instant now, String at) {
        if (l == null) {
            return List.of(InvalidInput.required(at));
        }
        List<InvalidInput> found = new ArrayList<>();
        Optional<Commodity> c = catalogue.find(l.commodity() == null ? "" : l.commodity());
        if (c.isEmpty()) {
            found.add(InvalidInput.unknown(at + ".commodity", String.valueOf(l.commodity())));
        }
        if (l.quantity() == null || !(l.quantity() > 0) || !(l.quantity() <= MOST_PER_LINE)) {
            found.add(InvalidInput.coded(at + ".quantity", "must be a positive number of at most 1,000,000,000",
                    "request.invalid.quantity", (long) MOST_PER_LINE));
        } else if (c.isPresent() && !c.get().divisible() && l.quantity() != Math.rint(l.quantity())) {
            found.add(InvalidInput.coded(at + ".quantity", c.get().code() + " is counted in whole " + c.get().unit()
                    + "s", "request.invalid.whole", c.get().name(), c.get().unit()));
        }
        if (l.priority() == null) {
            found.add(InvalidInput.coded(at + ".priority", "is required: LIFE_SAVING, URGENT or ROUTINE",
                    "invalid.choose"));
        }
        if (l.neededBy() == null || !l.neededBy().isAfter(now)) {
            found.add(InvalidInput.coded(at + ".neededBy", "is required, and in the future", "invalid.future"));
        }
        return found;
    }

    @Transactional
    public AssistanceRequest submit(Actor actor, long id) {
        AssistanceRequest r = get(id);
        requireRequester(actor, r.requestingParty());
        move(r, AssistanceRequest.Status.DRAFT, AssistanceRequest.Status.SUBMITTED, "submitted_at", actor, null);
        audit.record(new AuditEvent(actor, r.requestingParty().value(), "request.submitted", "AssistanceRequest",
                String.valueOf(id), "submitted a request for assistance for crisis #" + r.crisis()));
        return get(id);
    }

    /** The holder of the decision right for every kind of resource the request asks for approves it. */
    @Transactional
    public AssistanceRequest approve(Actor actor, long id) {
        get(actor, id);
        lock(id);
        AssistanceRequest r = get(id);
        if (r.status() != AssistanceRequest.Status.SUBMITTED) {
            throw new Conflict("the request is " + r.status() + ", not SUBMITTED");
        }
        Crisis crisis = crises.withoutRedLines(r.crisis());
        Set<ResourceKind> kinds = kindsOf(r);
        Set<ResourceKind> decided = EnumSet.noneOf(ResourceKind.class);
        decisionsOf(id).decided().forEach(d -> decided.add(d.resource()));
        List<ResourceKind> open = kinds.stream().filter(k -> !decided.contains(k)).toList();
        List<ResourceKind> mine = open.stream().filter(k -> crises.decides(actor, r.crisis(), k)).toList();
        if (mine.isEmpty()) {
            throw new AccessDenied("approving needs the decision right for " + open + " in this crisis");
        }
        Instant now = clock.instant();
        for (ResourceKind k : mine) {
            jdbc.sql("insert into request_decision (request, resource, party, decided_by, decided_at) values (?, ?, ?, ?, ?)")
                    .params(id, k.name(), crisis.decisionHolder(k).party(), actor.username(), Timestamp.from(now))
                    .update();
        }
        if (mine.size() < open.size()) {
            audit.record(new AuditEvent(actor, r.requestingParty().value(), "request.approved-in-part",
                    "AssistanceRequest", String.valueOf(id), "approved a request for assistance for crisis #"
                            + r.crisis() + " for " + mine + "; " + (open.size() - mine.size()) + " kind(s) to decide"));
            return get(id);
        }
        move(r, AssistanceRequest.Status.SUBMITTED, AssistanceRequest.Status.APPROVED, "decided_at", actor, null);
        audit.record(new AuditEvent(actor, r.requestingParty().value(), "request.approved", "AssistanceRequest",
                String.valueOf(id), "approved a request for assistance for crisis #" + r.crisis() + " (" + kinds + ")"));
        events.publishEvent(new RequestApproved(id, r.crisis()));
        return get(id);
    }

    /** Who decided which kind of resource a request needs, and who has yet to: each kind's holder approves it. */
    public record Decisions(List<Decided> decided, List<Awaited> awaiting) {

        public record Decided(ResourceKind resource, String party, String decidedBy, Instant decidedAt) {
        }

        public record Awaited(ResourceKind resource, String party, Role role) {
        }
    }

    /** The decisions a request has had, and those it awaits while it is submitted. */
    @Transactional(readOnly = true)
    public Decisions decisionsOf(Actor actor, long id) {
        get(actor, id);
        return decisionsOf(id);
    }

    Decisions decisionsOf(long id) {
        AssistanceRequest r = get(id);
        List<Decisions.Decided> decided = jdbc.sql(
                "select resource, party, decided_by, decided_at from request_decision where request = ? order by resource")
                .param(id).query((rs, n) -> new Decisions.Decided(ResourceKind.valueOf(rs.getString("resource")),
                        rs.getString("party"), rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant())).list();
        if (r.status() != AssistanceRequest.Status.SUBMITTED) {
            return new Decisions(decided, List.of());
        }
        Crisis crisis = crises.withoutRedLines(r.crisis());
        Set<ResourceKind> done = EnumSet.noneOf(ResourceKind.class);
        decided.forEach(d -> done.add(d.resource()));
        List<Decisions.Awaited> awaiting = kindsOf(r).stream().filter(k -> !done.contains(k))
                .map(k -> new Decisions.Awaited(k, crisis.decisionHolder(k).party(),
                        crisis.decisionHolder(k).role())).toList();
        return new Decisions(decided, awaiting);
    }

    /** The requesting party, or a holder of a decision right the request needs, cancels it with a reason. */
    @Transactional
    public AssistanceRequest cancel(Actor actor, long id, String reason) {
        AssistanceRequest r = get(actor, id);
        boolean requester = mayRequest(actor, r.requestingParty());
        boolean decider = kindsOf(r).stream().anyMatch(k -> crises.decides(actor, r.crisis(), k));
        if (!requester && !decider) {
            throw new AccessDenied("the requesting party or the decision holder cancels a request");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInput("reason", "say why the request is cancelled, at most 500 characters");
        }
        if (r.status() == AssistanceRequest.Status.FULFILLED || r.status() == AssistanceRequest.Status.CANCELLED) {
            throw new Conflict("the request is " + r.status() + " already");
        }
        move(r, r.status(), AssistanceRequest.Status.CANCELLED, "decided_at", actor, reason.strip());
        audit.record(new AuditEvent(actor, r.requestingParty().value(), "request.cancelled", "AssistanceRequest",
                String.valueOf(id), "cancelled a request for assistance for crisis #" + r.crisis()));
        return get(id);
    }

    /**
     * When a crisis closes, the requests still waiting for a decision (drafted or submitted) are cancelled, with the
     * closure as their reason: nobody will decide them now. Approved requests stay as they are, since stock may be on
     * its way to them. Runs after the closure commits, in a transaction of its own; a republished event finds
     * nothing left to cancel.
     */
    @org.springframework.modulith.events.ApplicationModuleListener
    void on(org.entente.crisis.CrisisClosed closed) {
        for (AssistanceRequest r : allOf(closed.crisis())) {
            if (r.status() != AssistanceRequest.Status.DRAFT && r.status() != AssistanceRequest.Status.SUBMITTED) {
                continue;
            }
            move(r, r.status(), AssistanceRequest.Status.CANCELLED, "decided_at", Actor.system(),
                    "the crisis " + closed.code() + " was closed");
            audit.record(new AuditEvent(Actor.system(), r.requestingParty().value(), "request.cancelled",
                    "AssistanceRequest", String.valueOf(r.id()), "cancelled request #" + r.id() + " pending when crisis #"
                            + closed.crisis() + " was closed"));
        }
    }

    /**
     * Counts accepted deliveries against a request line and moves the request to PARTIALLY_FULFILLED, or FULFILLED
     * once every line has what it asked for. Called by {@link Shipments} on proof of delivery.
     */
    void recordDelivery(long requestId, int line, double accepted) {
        jdbc.sql("update assistance_line set delivered = delivered + ? where request = ? and list_index = ?")
                .params(accepted, requestId, line).update();
        AssistanceRequest r = get(requestId);
        if (r.status() != AssistanceRequest.Status.APPROVED && r.status() != AssistanceRequest.Status.PARTIALLY_FULFILLED) {
            return;
        }
        boolean all = r.lines().stream().allMatch(l -> l.delivered() >= l.quantity() - 1e-9);
        boolean some = r.lines().stream().anyMatch(l -> l.delivered() > 1e-9);
        AssistanceRequest.Status next = all ? AssistanceRequest.Status.FULFILLED
                : some ? AssistanceRequest.Status.PARTIALLY_FULFILLED : r.status();
        jdbc.sql("update assistance_request set status = ?, version = version + 1 where id = ?")
                .params(next.name(), requestId).update();
    }

    /** Submitted requests this person holds a decision right for, in any active crisis: their start page lists them. */
    @Transactional(readOnly = true)
    public List<AssistanceRequest> awaitingDecisionBy(Actor actor) {
        if (!actor.isAuthenticated()) {
            return List.of();
        }
        return jdbc.sql("select id from assistance_request where status = 'SUBMITTED' order by submitted_at")
                .query(Long.class).list().stream().map(this::get)
                .filter(r -> decisionsOf(r.id()).awaiting().stream()
                        .anyMatch(a -> crises.decides(actor, r.crisis(), a.resource()))).toList();
    }

    private Set<ResourceKind> kindsOf(AssistanceRequest r) {
        Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
        r.lines().forEach(l -> kinds.add(ResourceKind.valueOf(catalogue.get(l.commodity()).category().name())));
        return kinds;
    }

    private void move(AssistanceRequest r, AssistanceRequest.Status from, AssistanceRequest.Status to, String stamp,
            Actor actor, String reason) {
        if (r.status() != from) {
            throw new Conflict("the request is " + r.status() + ", not " + from);
        }
        String decided = stamp.equals("decided_at") ? ", decided_by = :by" : "";
        int changed = jdbc.sql("update assistance_request set status = :to, " + stamp + " = :at" + decided
                        + ", cancel_reason = coalesce(:reason, cancel_reason), version = version + 1"
                        + " where id = :id and version = :version")
                .param("to", to.name()).param("at", Timestamp.from(clock.instant())).param("by", actor.username())
                .param("reason", reason, java.sql.Types.VARCHAR).param("id", r.id()).param("version", r.version())
                .update();
        if (changed == 0) {
            throw new Conflict("the request was changed at the same time; reload it");
        }
    }

    /** Locks a request's row until the transaction ends, so that what is decided about its lines queues up. */
    void lock(long id) {
        jdbc.sql("select id from assistance_request where id = ? for update").param(id).query(Long.class).optional();
    }

    @Transactional(readOnly = true)
    public AssistanceRequest get(long id) {
        AssistanceRequest head = jdbc.sql("select * from assistance_request where id = ?").param(id)
                .query((rs, n) -> map(rs, List.of())).optional().orElseThrow(() -> new NotFound("request", id));
        return withLines(head);
    }

    /**
     * A request, for a logged-in user who may see its crisis and whom the requesting party's red line admits; for
     * anyone else it does not exist.
     */
    @Transactional(readOnly = true)
    public AssistanceRequest get(Actor actor, long id) {
        actor.requireAuthenticated();
        AssistanceRequest r = get(id);
        Crisis crisis = crises.get(actor, r.crisis());
        return sharing.requireReadable(actor, readable(r, crisis)).request();
    }

    /** A crisis's requests that the reader may see, newest first, and how many were withheld. */
    @Transactional(readOnly = true)
    public Sharing.Visible<AssistanceRequest> visibleOf(Actor actor, long crisisId) {
        actor.requireAuthenticated();
        Crisis crisis = crises.get(actor, crisisId);
        Sharing.Visible<Readable> visible = sharing.filter(actor, allOf(crisis.id()).stream()
                .map(r -> readable(r, crisis)).toList(), Disclosure.Purpose.LIST);
        return new Sharing.Visible<>(visible.items().stream().map(Readable::request).toList(), visible.withheld());
    }

    /** A crisis's requests that the reader may see, newest first. */
    @Transactional(readOnly = true)
    public List<AssistanceRequest> ofCrisis(Actor actor, long crisisId) {
        return visibleOf(actor, crisisId).items();
    }

    /**
     * The ids of a crisis's requests the reader may read, for figures made from them; an anonymous reader reads the
     * public ones.
     */
    Set<Long> readableIds(Actor actor, Crisis crisis) {
        return sharing.filter(actor, allOf(crisis.id()).stream().map(r -> readable(r, crisis)).toList(),
                Disclosure.Purpose.LIST).items().stream().map(r -> r.request().id())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Every request of a crisis, whoever may read it: for planning, which serves them all. */
    List<AssistanceRequest> allOf(long crisisId) {
        return jdbc.sql("select * from assistance_request where crisis = ? order by created_at desc, id desc")
                .param(crisisId).query((rs, n) -> map(rs, List.of())).list().stream().map(this::withLines).toList();
    }

    private Readable readable(AssistanceRequest r, Crisis crisis) {
        Set<PartyCode> deciders = new java.util.HashSet<>();
        deciders.add(crisis.leadParty());
        kindsOf(r).forEach(k -> deciders.add(new PartyCode(crisis.decisionHolder(k).party())));
        return new Readable(r, Set.copyOf(deciders));
    }

    private AssistanceRequest withLines(AssistanceRequest head) {
        List<AssistanceRequest.Line> lines = jdbc.sql("select * from assistance_line where request = ? order by list_index")
                .param(head.id()).query((rs, n) -> new AssistanceRequest.Line(rs.getString("commodity"),
                        rs.getDouble("quantity"), Instance.Priority.valueOf(rs.getString("priority")),
                        rs.getTimestamp("needed_by").toInstant(), rs.getDouble("delivered"))).list();
        return new AssistanceRequest(head.id(), head.crisis(), head.requestingParty(), head.deliveryPoint(), head.status(),
                head.note(), head.classification(), lines, head.createdAt(), head.createdBy(), head.submittedAt(), head.decidedAt(),
                head.decidedBy(), head.cancelReason(), head.version());
    }

    private static AssistanceRequest map(java.sql.ResultSet rs, List<AssistanceRequest.Line> lines)
            throws java.sql.SQLException {
        return new AssistanceRequest(rs.getLong("id"), rs.getLong("crisis"), new PartyCode(rs.getString("requesting_party")),
                rs.getString("delivery_point"), AssistanceRequest.Status.valueOf(rs.getString("status")),
                rs.getString("note"), Classification.valueOf(rs.getString("classification")), new ArrayList<>(lines), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "submitted_at"), instant(rs, "decided_at"), rs.getString("decided_by"),
                rs.getString("cancel_reason"), rs.getLong("version"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static boolean mayRequest(Actor actor, PartyCode party) {
        return actor.hasRoleFor(party, Role.FOCAL_POINT) || actor.hasRoleFor(party, Role.LOGISTICS_OFFICER);
    }

    private static void requireRequester(Actor actor, PartyCode party) {
        if (!mayRequest(actor, party)) {
            throw new AccessDenied("only " + party + "'s focal point or logistics officer asks for assistance for it");
        }
    }
}
