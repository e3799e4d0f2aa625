package org.entente.grievance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.crypto.tink.Aead;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The handlers' side. A case belongs to the parties of its country pair and its jurisdiction; their mediators and
 * ombudspersons see it at every stage, their panel members once it reached the regional panel. Each stage is moved
 * on by the role whose queue holds it; messages and notes by anyone who sees the case. The regional panel's
 * decisions are {@link PanelDecisions}'. Every opening of a case's
 * personal data is logged (the access log), every change audited without personal data.
 */
@Service
public class Casework {

    static final Set<Role> HANDLERS = Set.of(Role.MEDIATOR, Role.OMBUDSPERSON, Role.PANEL_MEMBER);
    static final int TEXT = 8000;

    /** A case in a queue: what triage and deadlines need, nothing that identifies the worker. */
    public record QueueRow(long id, Category category, Urgency urgency, Stage stage, String countryFrom,
            String countryTo, String language, String jurisdiction, Instant receivedAt, Instant dueAt,
            boolean overdue, int workerMessages) {
    }

    /** A case as its handler reads it, personal data opened. */
    public record CaseView(GrievanceCase state, Personal personal, boolean contactWanted, List<Message> messages,
            List<Event> timeline, List<Remedy> remedies, List<EvidenceItem> evidence, PanelDecisions.Decision decision,
            List<Disclosure> disclosures, List<Access> accessLog, int employerCases, int recruiterCases,
            Instant anonymiseOn) {
    }

    public record Message(long id, String kind, String author, String language, String text, String translation,
            String translationLanguage, Instant at) {
        public boolean fromWorker() {
            return "WORKER".equals(kind);
        }

        public boolean isNote() {
            return "NOTE".equals(kind);
        }
    }

    public record Event(Instant at, String kind, String actor, Stage stage, String detail) {
    }

    public record Remedy(long id, RemedyKind kind, BigDecimal amount, String currency, boolean delivered,
            Instant deliveredAt, boolean confirmedByWorker, String recordedBy, Instant recordedAt) {
    }

    public record EvidenceItem(long id, String contentType, long sizeBytes, Instant addedAt) {
    }

    public record Disclosure(String toWhom, boolean withConsent, String reason, String by, Instant at) {
    }

    public record Access(String username, Instant at) {
    }

    public record RemedyDraft(RemedyKind kind, BigDecimal amount, String currency, Boolean delivered) {
    }

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final CaseVault vault;
    private final ResponseTargets targets;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration retention;
    private final org.entente.compact.CompactCatalogue compacts;

    Casework(JdbcClient jdbc, CaseStore store, CaseVault vault, ResponseTargets targets, AuditTrail audit,
            JsonMapper json, ApplicationEventPublisher events, Clock clock,
            @Value("${entente.grievance.retention:P730D}") Duration retention,
            org.entente.compact.CompactCatalogue compacts) {
        this.compacts = compacts;
        this.jdbc = jdbc;
        this.store = store;
        this.vault = vault;
        this.targets = targets;
        this.audit = audit;
        this.json = json;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
    }

    /** The parties a case belongs to: its jurisdiction and its two countries, where they are parties. */
    static Set<String> partiesOf(GrievanceCase c) {
        Set<String> parties = new LinkedHashSet<>();
        if (c.jurisdiction() != null) {
            parties.add(c.jurisdiction());
        }
        parties.add(c.countryFrom());
        parties.add(c.countryTo());
        return parties;
    }

    /** Whether the actor holds the role for one of the case's parties (panel members: once it reached the panel). */
    public static boolean holdsFor(Actor actor, GrievanceCase c, Role role) {
        return holds(actor, c, role);
    }

    /** Whether the actor may move the case on at its present stage. */
    public static boolean mayAct(Actor actor, GrievanceCase c) {
        return c.isOpen() && (holds(actor, c, c.stage().handledBy()) || holds(actor, c, Role.OMBUDSPERSON));
    }

    public static Set<String> partiesOfCase(GrievanceCase c) {
        return partiesOf(c);
    }

    public static boolean isHandlerRole(Role role) {
        return HANDLERS.contains(role);
    }

    /**
     * Whether the actor holds the role for one of the case's parties. A case whose countries are not parties (a
     * worker from or in a country outside the compacts) has no jurisdiction until triage gives it one: until then
     * it is in the pool that every mediator and ombudsperson sees.
     */
    static boolean holds(Actor actor, GrievanceCase c, Role role) {
        if (role == Role.PANEL_MEMBER && !c.reachedPanel()) {
            return false;
        }
        if (c.jurisdiction() == null && role != Role.PANEL_MEMBER) {
            return actor.hasRole(role) && actor.isAuthenticated();
        }
        return partiesOf(c).stream().anyMatch(p -> actor.hasRoleFor(new PartyCode(p), role));
    }

    static boolean maySee(Actor actor, GrievanceCase c) {
        return actor.isAuthenticated() && HANDLERS.stream().anyMatch(r -> holds(actor, c, r));
    }

    GrievanceCase visible(Actor actor, long id) {
        actor.requireAnyRole(Role.MEDIATOR, Role.OMBUDSPERSON, Role.PANEL_MEMBER);
        GrievanceCase c = store.get(id);
        if (!maySee(actor, c)) {
            throw new NotFound("grievance case", id);
        }
        return c;
    }

    static void requireRole(Actor actor, GrievanceCase c, Role... roles) {
        for (Role role : roles) {
            if (holds(actor, c, role)) {
                return;
            }
        }
        throw new AccessDenied("requires one of " + java.util.Arrays.toString(roles) + " for case " + c.id());
    }

    private static void requireOpen(GrievanceCase c) {
        if (!c.isOpen()) {
            throw Conflict.coded("case " + c.id() + " is closed", "grievance.alreadyClosed");
        }
    }

    /** The handler's queue: the open cases they may see at the stages their roles hold, overdue first. */
    @Transactional(readOnly = true)
    public List<QueueRow> queue(Actor actor, Role role) {
        actor.requireAnyRole(Role.MEDIATOR, Role.OMBUDSPERSON, Role.PANEL_MEMBER);
        List<String> parties = actor.partiesWith(role);
        if (parties.isEmpty()) {
            return List.of();
        }
        List<String> stages = java.util.Arrays.stream(Stage.values()).filter(s -> s.handledBy() == role)
                .map(Stage::name).toList();
        Instant now = clock.instant();
        return jdbc.sql("""
                select c.*, (select count(*) from grievance_message m where m.case_id = c.id and m.kind = 'WORKER')
                    as worker_messages
                from grievance_case c
                where c.stage in (:stages)
                  and (c.jurisdiction in (:parties) or c.country_from in (:parties) or c.country_to in (:parties)
                    or (c.jurisdiction is null and :role <> 'PANEL_MEMBER'))
                order by case when c.urgency = 'SAFETY' then 0 else 1 end, c.due_at, c.id
                fetch first 500 rows only""")
                .param("stages", stages).param("parties", parties).param("role", role.name())
                .query((rs, n) -> {
                    GrievanceCase c = CaseStore.row(rs, n);
                    return new QueueRow(c.id(), c.category(), c.urgency(), c.stage(), c.countryFrom(), c.countryTo(),
                            c.language(), c.jurisdiction(), c.receivedAt(), c.dueAt(), c.isOverdue(now),
                            rs.getInt("worker_messages"));
                }).list();
    }

    /** Recently closed cases the handler may see. */
    @Transactional(readOnly = true)
    public List<QueueRow> recentlyClosed(Actor actor) {
        actor.requireAnyRole(Role.MEDIATOR, Role.OMBUDSPERSON, Role.PANEL_MEMBER);
        List<String> parties = actor.partiesWith(Role.MEDIATOR, Role.OMBUDSPERSON, Role.PANEL_MEMBER);
        if (parties.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.* from grievance_case c where c.stage = 'CLOSED'
                  and (c.jurisdiction in (:parties) or c.country_from in (:parties) or c.country_to in (:parties))
                order by c.closed_at desc fetch first 100 rows only""").param("parties", parties)
                .query(CaseStore::row).list().stream().filter(c -> maySee(actor, c))
                .map(c -> new QueueRow(c.id(), c.category(), c.urgency(), c.stage(), c.countryFrom(), c.countryTo(),
                        c.language(), c.jurisdiction(), c.receivedAt(), c.dueAt(), false, 0)).toList();
    }

    /** Opens a case for a handler: its personal data in clear, logged in the access log. */
    @Transactional
    public CaseView open(Actor actor, long id) {
        GrievanceCase c = visible(actor, id);
        Instant now = clock.instant();
        jdbc.sql("insert into grievance_access (case_id, username, at) values (?, ?, ?)")
                .params(id, actor.username(), CaseStore.ts(now)).update();
        CaseStore.Sealed sealed = store.sealed(id);
        Aead key = sealed.wrappedKey() == null ? null : vault.caseKey(sealed.wrappedKey(), sealed.binding());
        Personal personal = key == null || sealed.personal() == null ? Personal.ERASED
                : json.readValue(CaseVault.open(key, sealed.personal(), sealed.binding()), Personal.class);
        List<Message> messages = jdbc.sql("select * from grievance_message where case_id = ? order by sent_at, id")
                .param(id).query((rs, n) -> new Message(rs.getLong("id"), rs.getString("kind"), rs.getString("author"),
                        rs.getString("language"), key == null ? null
                                : CaseVault.open(key, rs.getBytes("body"), sealed.binding()),
                        key == null ? null : CaseVault.open(key, rs.getBytes("translation"), sealed.binding()),
                        rs.getString("translation_language"), CaseStore.instant(rs, "sent_at"))).list();
        // Filing writes no event of its own (the case row says when and how it came): the timeline starts from it.
        List<Event> timeline = new ArrayList<>();
        timeline.add(new Event(c.receivedAt(), "RECEIVED", null, Stage.RECEIVED, c.channel().name()));
        timeline.addAll(jdbc.sql("select * from grievance_event where case_id = ? order by at, id").param(id)
                .query((rs, n) -> new Event(CaseStore.instant(rs, "at"), rs.getString("kind"), rs.getString("actor"),
                        rs.getString("stage") == null ? null : Stage.valueOf(rs.getString("stage")),
                        rs.getString("detail"))).list());
        List<EvidenceItem> evidence = jdbc.sql("select id, content_type, size_bytes, added_at from grievance_evidence "
                + "where case_id = ? and content is not null order by id").param(id)
                .query((rs, n) -> new EvidenceItem(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        CaseStore.instant(rs, "added_at"))).list();
        List<Disclosure> disclosures = jdbc.sql("select * from grievance_disclosure where case_id = ? order by id")
                .param(id).query((rs, n) -> new Disclosure(rs.getString("to_whom"), rs.getBoolean("with_consent"),
                        rs.getString("reason"), rs.getString("disclosed_by"), CaseStore.instant(rs, "disclosed_at")))
                .list();
        List<Access> accessLog = jdbc.sql("select username, at from grievance_access where case_id = ? "
                + "order by at desc, id desc fetch first 50 rows only").param(id)
                .query((rs, n) -> new Access(rs.getString(1), CaseStore.instant(rs, "at"))).list();
        record Keys(String employer, String recruiter, boolean contact) {
        }
        Keys keys = jdbc.sql("select employer_key, recruiter_key, contact_wanted from grievance_case where id = ?")
                .param(id).query((rs, n) -> new Keys(rs.getString(1), rs.getString(2), rs.getBoolean(3))).single();
        return new CaseView(c, personal, keys.contact(), messages, timeline, remedies(id), evidence, PanelDecisions.find(jdbc, id),
                disclosures, accessLog, others("employer_key", keys.employer(), id),
                others("recruiter_key", keys.recruiter(), id),
                c.closedAt() == null ? null : c.closedAt().plus(retention));
    }

    private boolean compactExists(String code) {
        try {
            compacts.get(Actor.system(), code);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    /** How many other cases name the same employer or recruiter: a pattern for the handlers. */
    private int others(String column, String key, long id) {
        if (key == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from grievance_case where " + column + " = ? and id <> ?").params(key, id)
                .query(Integer.class).single();
    }

    /** A file of evidence, opened for a handler who may see the case. */
    @Transactional
    public EvidenceFiles.Clean evidence(Actor actor, long caseId, long evidenceId) {
        visible(actor, caseId);
        CaseStore.Sealed sealed = store.sealed(caseId);
        record Row(String type, byte[] content) {
        }
        Row row = jdbc.sql("select content_type, content from grievance_evidence where id = ? and case_id = ? "
                + "and content is not null").params(evidenceId, caseId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getBytes(2))).optional()
                .orElseThrow(() -> new NotFound("evidence", evidenceId));
        jdbc.sql("insert into grievance_access (case_id, username, at) values (?, ?, ?)")
                .params(caseId, actor.username(), CaseStore.ts(clock.instant())).update();
        return new EvidenceFiles.Clean(row.type(), CaseVault.openBytes(vault.caseKey(sealed.wrappedKey(),
                sealed.binding()), row.content(), sealed.binding()));
    }

    @Transactional
    public GrievanceCase triage(Actor actor, long id, GrievanceCase.Triage triage) {
        GrievanceCase c = visible(actor, id);
        requireRole(actor, c, Role.MEDIATOR, Role.OMBUDSPERSON);
        List<InvalidInput> found = new ArrayList<>();
        if (triage.jurisdiction() != null && !partiesOf(c).contains(triage.jurisdiction())
                && !actor.hasRoleFor(new PartyCode(triage.jurisdiction()), Role.MEDIATOR)) {
            found.add(InvalidInput.coded("jurisdiction", "must be a party of the case", "grievance.jurisdiction"));
        }
        if (triage.compact() != null && (triage.compact().length() > 40 || !compactExists(triage.compact()))) {
            found.add(InvalidInput.unknown("compact", triage.compact()));
        }
        InvalidInput.throwIfAny(found);
        GrievanceCase after = store.update(c.triage(triage, clock.instant(), targets));
        store.event(id, clock.instant(), "TRIAGED", actor.username(), Stage.TRIAGED, after.category() + ", "
                + after.urgency() + (after.jurisdiction() == null ? "" : ", " + after.jurisdiction()));
        audit.record(new AuditEvent(actor, after.jurisdiction(), "grievance.triaged", "Grievance", String.valueOf(id),
                "case " + id + " triaged: " + after.category() + ", " + after.urgency()));
        return after;
    }

    @Transactional
    public GrievanceCase moveTo(Actor actor, long id, Stage to) {
        GrievanceCase c = visible(actor, id);
        requireOpen(c);
        requireRole(actor, c, c.stage().handledBy() == null ? Role.OMBUDSPERSON : c.stage().handledBy(),
                Role.OMBUDSPERSON);
        if (to == null) {
            throw InvalidInput.required("stage");
        }
        GrievanceCase after = store.update(c.moveTo(to, clock.instant(), targets));
        store.event(id, clock.instant(), "MOVED", actor.username(), to, c.stage() + " to " + to);
        audit.record(new AuditEvent(actor, after.jurisdiction(), "grievance.moved", "Grievance", String.valueOf(id),
                "case " + id + " moved from " + c.stage() + " to " + to));
        return after;
    }

    /** A reply to the worker, with the handler's translation into the worker's language where they wrote in another. */
    @Transactional
    public void reply(Actor actor, long id, String text, String language, String translation) {
        GrievanceCase c = visible(actor, id);
        requireOpenOrRecent(c);
        String body = required(text, "reply");
        String translated = translation == null || translation.isBlank() ? null : translation.strip();
        if (translated != null && translated.length() > TEXT) {
            throw InvalidInput.tooLong("translation", TEXT);
        }
        String lang = language == null || language.isBlank() ? null : language.strip().toLowerCase();
        message(c, "REPLY", actor, lang, body, translated, translated == null ? null : c.language());
        audit.record(new AuditEvent(actor, c.jurisdiction(), "grievance.replied", "Grievance", String.valueOf(id),
                "a reply to the worker in case " + id + (translated == null ? "" : ", with a translation")));
    }

    /** A note only handlers read. */
    @Transactional
    public void note(Actor actor, long id, String text) {
        GrievanceCase c = visible(actor, id);
        message(c, "NOTE", actor, null, required(text, "note"), null, null);
        audit.record(new AuditEvent(actor, c.jurisdiction(), "grievance.noted", "Grievance", String.valueOf(id),
                "an internal note in case " + id));
    }

    private void requireOpenOrRecent(GrievanceCase c) {
        if (c.anonymisedAt() != null) {
            throw Conflict.coded("case " + c.id() + " is anonymised", "grievance.anonymised");
        }
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank() || text.length() > TEXT) {
            throw InvalidInput.requiredAtMost(field, TEXT);
        }
        return text.strip();
    }

    private void message(GrievanceCase c, String kind, Actor actor, String language, String body, String translation,
            String translationLanguage) {
        CaseStore.Sealed sealed = store.sealed(c.id());
        if (sealed.wrappedKey() == null) {
            throw Conflict.coded("case " + c.id() + " is anonymised", "grievance.anonymised");
        }
        Aead key = vault.caseKey(sealed.wrappedKey(), sealed.binding());
        Instant now = clock.instant();
        jdbc.sql("""
                insert into grievance_message (case_id, kind, author, language, body, translation, translation_language,
                    sent_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), kind, actor.username(), language, CaseVault.seal(key, body, sealed.binding()),
                        CaseVault.seal(key, translation, sealed.binding()), translationLanguage, CaseStore.ts(now))
                .update();
        store.event(c.id(), now, kind, actor.username(), c.stage(), null);
    }

    @Transactional
    public Remedy recordRemedy(Actor actor, long id, RemedyDraft draft) {
        GrievanceCase c = visible(actor, id);
        requireRole(actor, c, Role.MEDIATOR, Role.OMBUDSPERSON, Role.PANEL_MEMBER);
        List<InvalidInput> found = new ArrayList<>();
        if (draft.kind() == null) {
            found.add(InvalidInput.required("remedy"));
        }
        String currency = draft.currency() == null || draft.currency().isBlank() ? null
                : draft.currency().strip().toUpperCase();
        if (draft.kind() != null && draft.kind().hasAmount()) {
            if (draft.amount() == null || draft.amount().signum() <= 0) {
                found.add(InvalidInput.positive("amount"));
            } else if (draft.amount().scale() > 2 || draft.amount().precision() - draft.amount().scale() > 12) {
                found.add(InvalidInput.coded("amount", "at most 12 digits and 2 decimals", "grievance.amount"));
            }
            if (currency == null || !isCurrency(currency)) {
                found.add(InvalidInput.coded("currency", "must be an ISO 4217 currency code", "grievance.currency"));
            }
        } else if (draft.amount() != null) {
            found.add(InvalidInput.coded("amount", "only back pay and fee refunds have an amount",
                    "grievance.noAmount"));
        }
        InvalidInput.throwIfAny(found);
        boolean delivered = Boolean.TRUE.equals(draft.delivered());
        Instant now = clock.instant();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into grievance_remedy (case_id, kind, amount, currency, delivered, delivered_at, recorded_by,
                    recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, draft.kind().name(), draft.kind().hasAmount() ? draft.amount() : null,
                        draft.kind().hasAmount() ? currency : null, delivered, delivered ? CaseStore.ts(now) : null,
                        actor.username(), CaseStore.ts(now)).update(keys, "id");
        long remedyId = keys.getKeyAs(Number.class).longValue();
        store.event(id, now, "REMEDY", actor.username(), c.stage(), draft.kind() + (delivered ? ", delivered" : ""));
        audit.record(new AuditEvent(actor, c.jurisdiction(), "grievance.remedy-recorded", "Grievance",
                String.valueOf(id), "remedy " + remedyId + " (" + draft.kind() + ") recorded in case " + id
                        + (delivered ? ", delivered" : "")));
        return remedies(id).stream().filter(r -> r.id() == remedyId).findFirst().orElseThrow();
    }

    static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Transactional
    public Remedy remedyDelivered(Actor actor, long id, long remedyId) {
        GrievanceCase c = visible(actor, id);
        requireRole(actor, c, Role.MEDIATOR, Role.OMBUDSPERSON, Role.PANEL_MEMBER);
        int changed = jdbc.sql("update grievance_remedy set delivered = true, delivered_at = ? where id = ? "
                + "and case_id = ? and delivered = false").params(CaseStore.ts(clock.instant()), remedyId, id).update();
        if (changed == 0) {
            throw Conflict.coded("remedy " + remedyId + " is already delivered", "grievance.remedyDelivered");
        }
        store.event(id, clock.instant(), "REMEDY_DELIVERED", actor.username(), c.stage(), "remedy " + remedyId);
        audit.record(new AuditEvent(actor, c.jurisdiction(), "grievance.remedy-delivered", "Grievance",
                String.valueOf(id), "remedy " + remedyId + " of case " + id + " delivered"));
        return remedies(id).stream().filter(r -> r.id() == remedyId).findFirst().orElseThrow();
    }

    /** Closes a case with its outcome; the worker is told when its personal data will be erased. */
    @Transactional
    public GrievanceCase close(Actor actor, long id, Outcome outcome) {
        GrievanceCase c = visible(actor, id);
        requireOpen(c);
        requireRole(actor, c, c.stage().handledBy(), Role.OMBUDSPERSON);
        if (outcome == Outcome.DECIDED_BY_PANEL) {
            throw Conflict.coded("a panel decides a case by a confirmed decision", "grievance.panelOnly");
        }
        return closeAs(actor, c, outcome);
    }

    GrievanceCase closeAs(Actor actor, GrievanceCase c, Outcome outcome) {
        Instant now = clock.instant();
        GrievanceCase after = store.update(c.close(outcome, now));
        store.event(c.id(), now, "CLOSED", actor.username(), Stage.CLOSED, outcome.name());
        store.event(c.id(), now, "ANONYMISATION_SCHEDULED", null, Stage.CLOSED, now.plus(retention).toString());
        audit.record(new AuditEvent(actor, after.jurisdiction(), "grievance.closed", "Grievance",
                String.valueOf(c.id()), "case " + c.id() + " closed at " + c.stage() + ": " + outcome));
        boolean delivered = remedies(c.id()).stream().anyMatch(Remedy::delivered);
        record Keys(String employer, String recruiter) {
        }
        Keys keys = jdbc.sql("select employer_key, recruiter_key from grievance_case where id = ?").param(c.id())
                .query((rs, n) -> new Keys(rs.getString(1), rs.getString(2))).single();
        events.publishEvent(new GrievanceClosed(c.id(), after.compact(), after.jurisdiction(), after.category(),
                after.countryFrom(), after.countryTo(), outcome, delivered, keys.employer(), keys.recruiter(),
                after.receivedAt(), now));
        return after;
    }

    /**
     * Tells the employer's side who the worker is: with the worker's consent, by a mediator or ombudsperson; without
     * it, only by an ombudsperson, with a reason (an override, audited as such).
     */
    @Transactional
    public Disclosure reveal(Actor actor, long id, String toWhom, String overrideReason) {
        GrievanceCase c = visible(actor, id);
        requireOpen(c);
        String recipient = toWhom == null || toWhom.isBlank() || toWhom.length() > 200 ? null : toWhom.strip();
        if (recipient == null) {
            throw InvalidInput.requiredAtMost("toWhom", 200);
        }
        boolean override = !c.consentToReveal();
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (override) {
            if (!holds(actor, c, Role.OMBUDSPERSON)) {
                throw new AccessDenied("the worker has not consented: only an ombudsperson may override, with a reason");
            }
            if (reason == null || reason.length() > 2000) {
                throw InvalidInput.reasonRequired("reason", 2000);
            }
        } else {
            requireRole(actor, c, Role.MEDIATOR, Role.OMBUDSPERSON);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                insert into grievance_disclosure (case_id, to_whom, with_consent, reason, disclosed_by, disclosed_at)
                values (?, ?, ?, ?, ?, ?)""").params(id, recipient, !override, reason, actor.username(),
                        CaseStore.ts(now)).update();
        store.event(id, now, override ? "IDENTITY_REVEALED_OVERRIDE" : "IDENTITY_REVEALED", actor.username(),
                c.stage(), null);
        audit.record(new AuditEvent(actor, c.jurisdiction(), override ? "grievance.identity-revealed-override"
                : "grievance.identity-revealed", "Grievance", String.valueOf(id), "the worker's identity in case " + id
                        + (override ? " revealed without consent, by override" : " revealed with consent")));
        return new Disclosure(recipient, !override, reason, actor.username(), now);
    }


    private List<Remedy> remedies(long id) {
        return jdbc.sql("select * from grievance_remedy where case_id = ? order by id").param(id)
                .query((rs, n) -> new Remedy(rs.getLong("id"), RemedyKind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("amount"), rs.getString("currency"), rs.getBoolean("delivered"),
                        CaseStore.instant(rs, "delivered_at"), rs.getBoolean("confirmed_by_worker"),
                        rs.getString("recorded_by"), CaseStore.instant(rs, "recorded_at"))).list();
    }
}
