package org.entente.grievance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.crypto.tink.Aead;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Secrets;
import org.entente.shared.TooManyAttempts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The worker's side: filing a grievance without an account, and following it with the receipt code and the
 * passphrase (reading replies, adding information, confirming a remedy, giving or withdrawing consent). A wrong
 * receipt or passphrase answers "not found", the same for both; after {@code maxFailures} wrong passphrases in a row
 * a case is locked for {@code lockFor}, even against the right one, so that guessing is hopeless.
 */
@Service
public class Intake {

    /** What the worker is given back: the receipt, shown once, and when to expect the first answer. */
    public record Filed(String receipt, Instant receivedAt, Instant answerBy, Stage stage) {
    }

    /** The case as the worker sees it: no notes, no handler's name, replies in the worker's language if translated. */
    public record WorkerView(Stage stage, Category category, Urgency urgency, Instant receivedAt, Instant dueAt,
            boolean overdue, Outcome outcome, Instant closedAt, Instant anonymiseOn, boolean consentToReveal,
            boolean contactGiven, String language, List<WorkerMessage> messages, List<WorkerRemedy> remedies,
            String decision) {
    }

    public record WorkerMessage(boolean fromWorker, String text, String language, boolean translated, Instant at) {
    }

    public record WorkerRemedy(long id, RemedyKind kind, BigDecimal amount, String currency, boolean delivered,
            boolean confirmed) {
    }

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final CaseVault vault;
    private final ResponseTargets targets;
    private final PartyDirectory parties;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;
    private final Duration retention;

    Intake(JdbcClient jdbc, CaseStore store, CaseVault vault, ResponseTargets targets, PartyDirectory parties,
            AuditTrail audit, JsonMapper json, TransactionTemplate transactions, Clock clock,
            @Value("${entente.grievance.follow-up.max-failures:5}") int maxFailures,
            @Value("${entente.grievance.follow-up.lock-for:PT15M}") Duration lockFor,
            @Value("${entente.grievance.retention:P730D}") Duration retention) {
        this.jdbc = jdbc;
        this.store = store;
        this.vault = vault;
        this.targets = targets;
        this.parties = parties;
        this.audit = audit;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.retention = retention;
    }

    /** Files a grievance: one transaction, the personal parts sealed under a new key of the case's own. */
    public Filed file(Filing filing, IntakeChannel channel, List<EvidenceUpload> evidence) {
        Filing f = filing.checked();
        List<EvidenceFiles.Clean> files = EvidenceFiles.clean(evidence);
        String receipt = ReceiptCodes.newReceipt();
        String canonical = ReceiptCodes.normalise(receipt).orElseThrow();
        String salt = ReceiptCodes.newSalt();
        String binding = Secrets.newSecret("g");
        CaseVault.CaseKey key = vault.newCaseKey(binding);
        byte[] personal = CaseVault.seal(key.aead(), json.writeValueAsString(f.personal()), binding);
        String employerKey = vault.patternKey("employer", f.employer());
        String recruiterKey = vault.patternKey("recruiter", f.recruiter());
        Instant now = clock.instant();
        GrievanceCase c = GrievanceCase.received(f.category(), f.countryFrom(), f.countryTo(), f.language(),
                jurisdiction(f.countryFrom(), f.countryTo()), channel, f.consentToReveal(), now, targets);
        return transactions.execute(status -> {
            long id = store.insert(c, binding, ReceiptCodes.lookup(canonical), salt,
                    ReceiptCodes.verifier(canonical, salt, f.passphrase()), f.contact() != null, employerKey,
                    recruiterKey, key.wrapped(), personal);
            for (EvidenceFiles.Clean file : files) {
                jdbc.sql("insert into grievance_evidence (case_id, content_type, size_bytes, content, added_at) "
                        + "values (?, ?, ?, ?, ?)").params(id, file.contentType(), file.content().length,
                                CaseVault.seal(key.aead(), file.content(), binding), CaseStore.ts(now)).update();
            }
            audit.record(new AuditEvent(Actor.anonymous(), c.jurisdiction(), "grievance.received", "Grievance",
                    String.valueOf(id), "case " + id + " received (" + channel + "): " + c.category() + ", "
                            + c.countryFrom() + " to " + c.countryTo()
                            + (files.isEmpty() ? "" : ", " + files.size() + " evidence file(s)")));
            return new Filed(receipt, now, c.dueAt(), c.stage());
        });
    }

    /** The party that handles a case first: the destination's, else the origin's, if either is a party. */
    private String jurisdiction(String countryFrom, String countryTo) {
        for (String country : List.of(countryTo, countryFrom)) {
            if (!country.equals("ZZZ") && isParty(country)) {
                return country;
            }
        }
        return null;
    }

    /**
     * Whether a country is a party, remembered for a minute: the intake asks on every filing, and parties are
     * registered a few times a year.
     */
    private boolean isParty(String country) {
        Instant now = clock.instant();
        KnownParty known = knownParties.get(country);
        if (known == null || known.at().plus(Duration.ofMinutes(1)).isBefore(now) || known.at().isAfter(now)) {
            known = new KnownParty(parties.exists(new PartyCode(country)), now);
            knownParties.put(country, known);
        }
        return known.exists();
    }

    private record KnownParty(boolean exists, Instant at) {
    }

    private final java.util.Map<String, KnownParty> knownParties = new java.util.concurrent.ConcurrentHashMap<>();

    /** The worker reads the case. */
    public WorkerView followUp(String receipt, String passphrase) {
        long id = open(receipt, passphrase);
        return transactions.execute(status -> view(id));
    }

    /** The worker adds information: a message, evidence, or both. */
    public WorkerView addInformation(String receipt, String passphrase, String message,
            List<EvidenceUpload> evidence) {
        long id = open(receipt, passphrase);
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > Filing.NARRATIVE) {
            throw InvalidInput.tooLong("message", Filing.NARRATIVE);
        }
        List<EvidenceFiles.Clean> files = EvidenceFiles.clean(evidence);
        if (text == null && files.isEmpty()) {
            throw InvalidInput.coded("message", "write something or attach a file", "grievance.nothingToAdd");
        }
        return transactions.execute(status -> {
            GrievanceCase c = store.get(id);
            if (c.anonymisedAt() != null) {
                throw Conflict.coded("case " + id + " is anonymised", "grievance.anonymised");
            }
            CaseStore.Sealed sealed = store.sealed(id);
            Aead key = vault.caseKey(sealed.wrappedKey(), sealed.binding());
            Instant now = clock.instant();
            if (text != null) {
                jdbc.sql("insert into grievance_message (case_id, kind, language, body, sent_at) values (?, ?, ?, ?, ?)")
                        .params(id, "WORKER", c.language(), CaseVault.seal(key, text, sealed.binding()),
                                CaseStore.ts(now)).update();
            }
            for (EvidenceFiles.Clean file : files) {
                jdbc.sql("insert into grievance_evidence (case_id, content_type, size_bytes, content, added_at) "
                        + "values (?, ?, ?, ?, ?)").params(id, file.contentType(), file.content().length,
                                CaseVault.seal(key, file.content(), sealed.binding()), CaseStore.ts(now)).update();
            }
            store.event(id, now, "WORKER_ADDED", null, c.stage(), (text == null ? "" : "message")
                    + (files.isEmpty() ? "" : (text == null ? "" : ", ") + files.size() + " file(s)"));
            audit.record(new AuditEvent(Actor.anonymous(), c.jurisdiction(), "grievance.worker-added", "Grievance",
                    String.valueOf(id), "the worker added " + (text == null ? "" : "a message")
                            + (files.isEmpty() ? "" : (text == null ? "" : " and ") + files.size() + " file(s)")
                            + " to case " + id));
            return view(id);
        });
    }

    /** The worker confirms that a remedy reached them. */
    public WorkerView confirmRemedy(String receipt, String passphrase, long remedyId) {
        long id = open(receipt, passphrase);
        return transactions.execute(status -> {
            int changed = jdbc.sql("""
                    update grievance_remedy set confirmed_by_worker = true, confirmed_at = ?, delivered = true,
                        delivered_at = coalesce(delivered_at, ?)
                    where id = ? and case_id = ? and confirmed_by_worker = false""")
                    .params(CaseStore.ts(clock.instant()), CaseStore.ts(clock.instant()), remedyId, id).update();
            if (changed == 0) {
                throw new NotFound("remedy", remedyId);
            }
            GrievanceCase c = store.get(id);
            store.event(id, clock.instant(), "REMEDY_CONFIRMED", null, c.stage(), "remedy " + remedyId);
            audit.record(new AuditEvent(Actor.anonymous(), c.jurisdiction(), "grievance.remedy-confirmed",
                    "Grievance", String.valueOf(id), "the worker confirmed remedy " + remedyId + " of case " + id));
            return view(id);
        });
    }

    /** The worker gives or withdraws consent to their identity being told to the employer's side. */
    public WorkerView consent(String receipt, String passphrase, boolean consent) {
        long id = open(receipt, passphrase);
        return transactions.execute(status -> {
            GrievanceCase c = store.get(id);
            if (c.consentToReveal() != consent) {
                store.update(c.withConsent(consent));
                store.event(id, clock.instant(), consent ? "CONSENT_GIVEN" : "CONSENT_WITHDRAWN", null, c.stage(),
                        null);
                audit.record(new AuditEvent(Actor.anonymous(), c.jurisdiction(), consent ? "grievance.consent-given"
                        : "grievance.consent-withdrawn", "Grievance", String.valueOf(id), "the worker "
                                + (consent ? "gave" : "withdrew") + " consent to identification in case " + id));
            }
            return view(id);
        });
    }

    /**
     * The case a receipt and passphrase open, or "not found" for any wrong pair; a wrong passphrase counts against
     * the case, and enough of them lock it for a while (429 with Retry-After). The counting commits on its own.
     */
    long open(String receipt, String passphrase) {
        Optional<String> canonical = ReceiptCodes.normalise(receipt);
        if (canonical.isEmpty() || passphrase == null || passphrase.length() > ReceiptCodes.MAX_PASSPHRASE) {
            throw new NotFound("grievance", "receipt");
        }
        record Lock(long id, String salt, String hash, int failures, Instant lockedUntil) {
        }
        Lock lock = jdbc.sql("select id, pass_salt, pass_hash, failed_follow_ups, locked_until from grievance_case "
                + "where receipt_hash = ?").param(ReceiptCodes.lookup(canonical.get()))
                .query((rs, n) -> new Lock(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        CaseStore.instant(rs, "locked_until"))).optional()
                .orElseThrow(() -> new NotFound("grievance", "receipt"));
        Instant now = clock.instant();
        if (lock.lockedUntil() != null && lock.lockedUntil().isAfter(now)) {
            throw new TooManyAttempts("too many wrong passphrases: wait before trying again",
                    Math.max(1, Duration.between(now, lock.lockedUntil()).toSeconds()));
        }
        if (!ReceiptCodes.matches(canonical.get(), lock.salt(), passphrase, lock.hash())) {
            int failures = lock.failures() + 1;
            if (failures >= maxFailures) {
                jdbc.sql("update grievance_case set failed_follow_ups = 0, locked_until = ? where id = ?")
                        .params(CaseStore.ts(now.plus(lockFor)), lock.id()).update();
            } else {
                jdbc.sql("update grievance_case set failed_follow_ups = ? where id = ?").params(failures, lock.id())
                        .update();
            }
            throw new NotFound("grievance", "receipt");
        }
        if (lock.failures() > 0) {
            jdbc.sql("update grievance_case set failed_follow_ups = 0 where id = ?").param(lock.id()).update();
        }
        return lock.id();
    }

    private WorkerView view(long id) {
        GrievanceCase c = store.get(id);
        CaseStore.Sealed sealed = store.sealed(id);
        Aead key = sealed.wrappedKey() == null ? null : vault.caseKey(sealed.wrappedKey(), sealed.binding());
        List<WorkerMessage> messages = new ArrayList<>();
        jdbc.sql("select kind, language, body, translation, translation_language, sent_at from grievance_message "
                + "where case_id = ? and kind in ('WORKER', 'REPLY') order by sent_at, id").param(id)
                .query((rs, n) -> {
                    boolean fromWorker = "WORKER".equals(rs.getString(1));
                    byte[] translation = rs.getBytes(4);
                    boolean translated = translation != null;
                    byte[] body = translated ? translation : rs.getBytes(3);
                    String text = key == null || body == null ? null : CaseVault.open(key, body, sealed.binding());
                    return new WorkerMessage(fromWorker, text, translated ? rs.getString(5) : rs.getString(2),
                            translated, CaseStore.instant(rs, "sent_at"));
                }).list().forEach(messages::add);
        List<WorkerRemedy> remedies = jdbc.sql("select id, kind, amount, currency, delivered, confirmed_by_worker "
                + "from grievance_remedy where case_id = ? order by id").param(id)
                .query((rs, n) -> new WorkerRemedy(rs.getLong(1), RemedyKind.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6))).list();
        String decision = jdbc.sql("select summary from grievance_decision where case_id = ? and confirmed_at is not null")
                .param(id).query(String.class).optional().orElse(null);
        boolean contact = jdbc.sql("select contact_wanted from grievance_case where id = ?").param(id)
                .query(Boolean.class).single();
        Instant now = clock.instant();
        return new WorkerView(c.stage(), c.category(), c.urgency(), c.receivedAt(), c.dueAt(), c.isOverdue(now),
                c.outcome(), c.closedAt(), c.closedAt() == null ? null : c.closedAt().plus(retention),
                c.consentToReveal(), contact, c.language(), messages, remedies, decision);
    }
}
