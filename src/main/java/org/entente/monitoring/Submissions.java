package org.entente.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.compact.Indicator;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values reported against indicators, by whatever way they come in (the form, the API, a spreadsheet), through one
 * validation path. A submission is one party's values for one period of one compact; each value is checked on its
 * own (indicator, period, type and range, disaggregation, lateness, lock), the disaggregations against their total,
 * and the value against the party's own history ({@link RobustJumps}, a warning only). Good values are written and
 * bad ones named in the {@link ImportSummary}, all in one transaction; a dry run writes nothing. A monitor of another
 * party then verifies the submission; a verified value is locked. The checks themselves are {@link ValueChecks}.
 */
@Service
public class Submissions {

    /** One value as sent: {@code disaggregation} such as {@code {"SEX": "F"}}, empty for the total. */
    public record ValueRow(String indicator, Map<String, String> disaggregation, Double value, String source,
            String comment, String lateReason) {
    }

    /**
     * A party's values for one period. {@code classification}: PUBLIC (the default), or PARTNERS or RESTRICTED until
     * the values are verified, read meanwhile only as the party's red line for indicator reports allows.
     */
    public record Submission(String compact, String party, String period, List<ValueRow> values, boolean dryRun,
            Classification classification) {

        public Submission(String compact, String party, String period, List<ValueRow> values, boolean dryRun) {
            this(compact, party, period, values, dryRun, null);
        }
    }

    /** What a submission did, as DHIS2's import summary says it, with each refused value's index, field and reason. */
    public record ImportSummary(boolean dryRun, Long submission, int imported, int updated, int ignored,
            List<Problem> conflicts, List<Problem> warnings, List<String> missing) implements java.io.Serializable {

        public ImportSummary {
            conflicts = List.copyOf(conflicts);
            warnings = List.copyOf(warnings);
            missing = List.copyOf(missing);
        }

        public String status() {
            return !conflicts.isEmpty() ? "WARNING_CONFLICTS" : warnings.isEmpty() ? "SUCCESS" : "WARNING";
        }
    }

    /** A refused or doubtful value: its index in the submission, the field, the reason in English and its code. */
    public record Problem(int index, String field, String message, String code, List<Object> args)
            implements java.io.Serializable {

        public Problem {
            args = args == null ? List.of() : List.copyOf(args);
        }

        static Problem of(int index, InvalidInput.FieldProblem p) {
            return new Problem(index, p.field(), p.message(), p.code(), p.args());
        }

        public InvalidInput.FieldProblem asFieldProblem() {
            return new InvalidInput.FieldProblem("values[" + index + "]" + (field.isEmpty() ? "" : "." + field),
                    message, code, args);
        }
    }

    /**
     * A stored submission and where it stands. {@code restriction} is how the party classified it; once verified its
     * values are published, so it reads as PUBLIC ({@link #classification()}).
     */
    public record Stored(long id, String compact, PartyCode party, String period, Channel channel, String submittedBy,
            Instant submittedAt, int imported, int updated, int ignored, SubmissionStatus status, String verifiedBy,
            String verifierParty, Instant verifiedAt, String note, Classification restriction)
            implements org.entente.sharing.Classified {

        @Override
        public PartyCode owner() {
            return party;
        }

        @Override
        public Classification classification() {
            return status == SubmissionStatus.VERIFIED || status == SubmissionStatus.VERIFIED_WITH_NOTE
                    ? Classification.PUBLIC : restriction;
        }

        @Override
        public org.entente.sharing.DataKind dataKind() {
            return org.entente.sharing.DataKind.INDICATOR_REPORT;
        }

        @Override
        public java.util.Set<PartyCode> recipients() {
            return java.util.Set.of();
        }

        @Override
        public String reference() {
            return "submission/" + id;
        }
    }

    /** A stored value. */
    public record Value(long id, String compact, PartyCode party, String module, String indicator, String period,
            String disaggregation, double amount, String source, String note, String reportedBy, Instant reportedAt,
            boolean late, String lateReason, long submission, ValueStatus status, Instant verifiedAt) {
    }

    static final int MOST_VALUES = 200_000;

    private final JdbcClient jdbc;
    private final ReportingCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LiveFigures figures;
    private final org.springframework.jdbc.core.JdbcTemplate batches;
    private final org.entente.sharing.Sharing sharing;

    Submissions(JdbcClient jdbc, ReportingCalendar calendar, AuditTrail audit, Clock clock,
            ApplicationEventPublisher events, LiveFigures figures, org.springframework.jdbc.core.JdbcTemplate batches,
            org.entente.sharing.Sharing sharing) {
        this.jdbc = jdbc;
        this.sharing = sharing;
        this.batches = batches;
        this.figures = figures;
        this.events = events;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks and, unless it is a dry run, writes a party's values for one period; the party's focal point reports. */
    @Transactional
    public ImportSummary submit(Actor actor, Submission s, Channel channel) {
        if (s.party() == null || s.party().isBlank()) {
            throw InvalidInput.coded("party", "is required", "invalid.choose");
        }
        PartyCode party = PartyCode.of(s.party());
        actor.requireRoleFor(party, Role.FOCAL_POINT);
        if (s.compact() == null || s.compact().isBlank()) {
            throw InvalidInput.coded("compact", "is required", "invalid.choose");
        }
        ReportingPeriod period = ReportingPeriod.parse(s.period());
        Classification restriction = s.classification() == null ? Classification.PUBLIC : s.classification();
        if (restriction == Classification.CONFIDENTIAL) {
            throw InvalidInput.coded("classification", "is PUBLIC, PARTNERS or RESTRICTED", "invalid.choose");
        }
        if (s.values() == null || s.values().isEmpty() || s.values().size() > MOST_VALUES) {
            throw InvalidInput.coded("values", "send 1 to " + MOST_VALUES + " values", "monitoring.invalid.values",
                    MOST_VALUES);
        }
        LocalDate opened = calendar.openedOn(s.compact(), party).orElseThrow(() -> Conflict.coded("the reporting "
                + "calendar of " + party + " for " + s.compact() + " is not open: its adherence is not active",
                "monitoring.notOpen"));
        Map<String, Indicator> indicators = new HashMap<>();
        Map<String, String> moduleOf = new HashMap<>();
        for (ReportingCalendar.Committed m : calendar.committed(s.compact(), party)) {
            // Computed indicators stay known, so that reporting one is refused with the reason.
            m.indicators().forEach(i -> indicators.putIfAbsent(i.code(), i));
            DataElements.reportable(m.indicators()).forEach(i -> {
                indicators.put(i.code(), i);
                moduleOf.putIfAbsent(i.code(), m.module());
            });
        }
        LocalDate today = calendar.today();
        Instant now = clock.instant();
        List<Problem> conflicts = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Map<Integer, ValueChecks.Checked> good = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < s.values().size(); i++) {
            final int index = i;
            try {
                ValueChecks.Checked c = ValueChecks.check(s.values().get(i), indicators, period, opened, today);
                if (!seen.add(c.indicator().code() + "|" + c.disaggregation())) {
                    throw InvalidInput.coded("indicator", "the same value appears twice in the submission",
                            "monitoring.invalid.twice");
                }
                good.put(i, c);
            } catch (InvalidInput e) {
                e.problems().forEach(p -> conflicts.add(Problem.of(index, p)));
            }
        }
        ValueChecks.checkTotals(good, conflicts);
        Map<Integer, Existing> existing = new HashMap<>();
        // What the party has stored for this period, and its earlier values of the same series: two reads in all.
        Map<String, Existing> storedNow = stored(s.compact(), party, period);
        Map<String, List<Double>> earlier = earlier(s.compact(), party, period,
                good.values().stream().map(c -> c.indicator().code()).distinct().toList());
        for (var entry : good.entrySet()) {
            ValueChecks.Checked c = entry.getValue();
            Optional<Existing> stored = Optional.ofNullable(storedNow.get(c.indicator().code() + "|"
                    + c.disaggregation()));
            if (stored.isPresent() && stored.get().status().isVerified()) {
                conflicts.add(new Problem(entry.getKey(), "value", "the value is verified and locked; the secretariat "
                        + "re-opens it", "monitoring.invalid.locked", List.of()));
                continue;
            }
            stored.ifPresent(v -> existing.put(entry.getKey(), v));
            List<Double> history = earlier.getOrDefault(c.indicator().code() + "|" + c.disaggregation(), List.of());
            if (RobustJumps.jumps(c.value(), history)) {
                warnings.add(new Problem(entry.getKey(), "value", "far from the party's own earlier values",
                        "monitoring.warning.jump", List.of()));
            }
        }
        conflicts.forEach(p -> good.remove(p.index()));
        conflicts.sort(java.util.Comparator.comparingInt(Problem::index));
        List<String> missing = indicators.values().stream()
                .filter(i -> i.periodType() == period.type() && i.formula().isEmpty())
                .map(Indicator::code)
                .filter(code -> good.values().stream().noneMatch(c -> c.indicator().code().equals(code)
                        && c.disaggregation().isEmpty())
                        && !storedNow.containsKey(code + "|"))
                .sorted().toList();
        int imported = 0;
        int updated = 0;
        int ignored = 0;
        for (var entry : good.entrySet()) {
            Existing before = existing.get(entry.getKey());
            if (before == null) {
                imported++;
            } else if (before.amount() == entry.getValue().value() && before.status() != ValueStatus.DISPUTED) {
                ignored++;
            } else {
                updated++;
            }
        }
        if (s.dryRun() || imported + updated == 0) {
            return new ImportSummary(s.dryRun(), null, imported, updated, ignored, conflicts, warnings, missing);
        }
        long id = insertSubmission(s.compact(), party, period, channel, actor, now, imported, updated, ignored,
                restriction);
        figures.changed(s.compact());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> histories = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Timestamp at = Timestamp.from(now);
        for (var entry : good.entrySet()) {
            ValueChecks.Checked c = entry.getValue();
            Existing before = existing.get(entry.getKey());
            if (before == null) {
                inserts.add(new Object[] {s.compact(), party.value(), moduleOf.get(c.indicator().code()),
                        c.indicator().code(), period.toString(), c.disaggregation(), c.value(), c.source(), c.comment(),
                        actor.username(), at, c.late(), c.lateReason(), id, ValueStatus.REPORTED.name()});
            } else if (before.amount() != c.value() || before.status() == ValueStatus.DISPUTED) {
                histories.add(new Object[] {before.id(), before.amount(), before.status().name(), actor.username(), at,
                        id});
                updates.add(new Object[] {c.value(), c.source(), c.comment(), actor.username(), at, c.late(),
                        c.lateReason(), id, ValueStatus.REPORTED.name(), before.id()});
            }
        }
        batches.batchUpdate("""
                insert into indicator_value (compact, party, module, indicator, period, disaggregation, amount,
                    source, note, reported_by, reported_at, late, late_reason, submission, status, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", inserts);
        batches.batchUpdate("""
                insert into value_history (value_id, amount, status, changed_by, changed_at, submission)
                values (?, ?, ?, ?, ?, ?)""", histories);
        batches.batchUpdate("""
                update indicator_value set amount = ?, source = ?, note = ?, reported_by = ?, reported_at = ?,
                    late = ?, late_reason = ?, submission = ?, status = ?, verified_at = null,
                    version = version + 1 where id = ?""", updates);
        audit.record(new AuditEvent(actor, party.value(), "values.submitted", "ValueSubmission", String.valueOf(id),
                party + " reported " + (imported + updated) + " value(s) for " + s.compact() + " " + period
                        + " by " + channel + ", " + restriction));
        return new ImportSummary(false, id, imported, updated, ignored, conflicts, warnings, missing);
    }

    /** A monitor of a party other than the reporter verifies a submission, or disputes it with a reason. */
    @Transactional
    public Stored verify(Actor actor, long id, Verdict verdict, String note) {
        Stored s = get(id);
        if (!actor.isMemberOf(s.party()) && !sharing.mayRead(actor, s, org.entente.sharing.Disclosure.Purpose.READ)) {
            throw new NotFound("submission", id);
        }
        List<PartyCode> monitorOf = actor.partiesWith(Role.MONITOR).stream().map(PartyCode::of)
                .filter(p -> !p.equals(s.party())).toList();
        if (monitorOf.isEmpty()) {
            throw new AccessDenied("a monitor of a party other than " + s.party() + " verifies its values");
        }
        if (verdict == null) {
            throw InvalidInput.coded("verdict", "is required: VERIFIED, VERIFIED_WITH_NOTE or DISPUTED",
                    "invalid.choose");
        }
        if (verdict != Verdict.VERIFIED && (note == null || note.isBlank() || note.length() > 2000)) {
            throw InvalidInput.reasonRequired("note", 2000);
        }
        if (note != null && note.length() > 2000) {
            throw InvalidInput.tooLong("note", 2000);
        }
        if (s.status() != SubmissionStatus.SUBMITTED) {
            throw Conflict.coded("submission " + id + " is " + s.status() + ", not SUBMITTED",
                    "monitoring.notAwaiting");
        }
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                update value_submission set status = ?, verified_by = ?, verifier_party = ?, verified_at = ?,
                    verification_note = ?, version = version + 1 where id = ? and status = ?""")
                .params(verdict.name(), actor.username(), monitorOf.get(0).value(), Timestamp.from(now),
                        note == null || note.isBlank() ? null : note.strip(), id, SubmissionStatus.SUBMITTED.name())
                .update();
        if (changed == 0) {
            throw Conflict.coded("submission " + id + " was verified meanwhile", "monitoring.notAwaiting");
        }
        figures.changed(s.compact());
        jdbc.sql("update indicator_value set status = ?, verified_at = ?, version = version + 1 where submission = ?")
                .params(verdict.valueStatus().name(), verdict.valueStatus().isVerified() ? Timestamp.from(now) : null,
                        id).update();
        audit.record(new AuditEvent(actor, s.party().value(), "values." + verdict.name().toLowerCase(
                java.util.Locale.ROOT).replace('_', '-'), "ValueSubmission", String.valueOf(id),
                "submission " + id + " of " + s.party() + " for " + s.compact() + " " + s.period() + ": " + verdict));
        events.publishEvent(new ValuesVerified(s.compact(), s.party().value(), id, verdict.name()));
        return get(id);
    }

    /**
     * The secretariat re-opens a verified submission with a documented reason: its values are unlocked (their
     * verified state kept in their history) and the party may correct them; a monitor verifies the correction.
     */
    @Transactional
    public Stored reopen(Actor actor, long id, String reason) {
        actor.requireAnyRole(Role.SECRETARIAT);
        Stored s = get(id);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw InvalidInput.reasonRequired("reason", 2000);
        }
        if (s.status() != SubmissionStatus.VERIFIED && s.status() != SubmissionStatus.VERIFIED_WITH_NOTE) {
            throw Conflict.coded("submission " + id + " is " + s.status() + ", not verified", "monitoring.notVerified");
        }
        Instant now = clock.instant();
        figures.changed(s.compact());
        jdbc.sql("""
                insert into value_history (value_id, amount, status, changed_by, changed_at, submission)
                select id, amount, status, ?, ?, submission from indicator_value where submission = ?""")
                .params(actor.username(), Timestamp.from(now), id).update();
        jdbc.sql("""
                update indicator_value set status = ?, verified_at = null, version = version + 1
                where submission = ?""").params(ValueStatus.REPORTED.name(), id).update();
        jdbc.sql("""
                update value_submission set status = ?, verification_note = ?, version = version + 1 where id = ?""")
                .params(SubmissionStatus.REOPENED.name(), reason.strip(), id).update();
        audit.record(new AuditEvent(actor, s.party().value(), "values.reopened", "ValueSubmission",
                String.valueOf(id), "submission " + id + " of " + s.party() + " for " + s.compact() + " "
                        + s.period() + " re-opened by the secretariat"));
        return get(id);
    }

    @Transactional(readOnly = true)
    public Stored get(long id) {
        return jdbc.sql("select * from value_submission where id = ?").param(id).query(Submissions::stored)
                .optional().orElseThrow(() -> new NotFound("submission", id));
    }

    /** A submission, for the reporting party's members, monitors and the secretariat. */
    @Transactional(readOnly = true)
    public Stored get(Actor actor, long id) {
        Stored s = get(id);
        if (!mayRead(actor, s.party())) {
            throw new AccessDenied("only " + s.party() + "'s members, monitors and the secretariat read its submissions");
        }
        if (!mayRead(actor, s)) {
            // A red line: the reader may not learn that it exists.
            throw new NotFound("submission", id);
        }
        return s;
    }

    /** The values a submission wrote, as they stand now. */
    @Transactional(readOnly = true)
    public List<Value> valuesOf(Actor actor, long id) {
        get(actor, id);
        return jdbc.sql("select * from indicator_value where submission = ? order by indicator, disaggregation")
                .param(id).query(Submissions::value).list();
    }

    /** A party's values for one period of a compact as they stand, for its members, monitors and the secretariat. */
    @Transactional(readOnly = true)
    public List<Value> valuesOf(Actor actor, String compact, PartyCode party, String period) {
        if (!actor.isMemberOf(party) && !actor.isSystem()) {
            throw new AccessDenied("only " + party + "'s members read its values as they stand");
        }
        return jdbc.sql("""
                select * from indicator_value where compact = ? and party = ? and period = ?
                order by indicator, disaggregation""").params(compact, party.value(), period)
                .query(Submissions::value).list();
    }

    /** Submissions waiting for a monitor: those of parties other than the monitor's own. */
    @Transactional(readOnly = true)
    public List<Stored> awaitingVerification(Actor actor) {
        Set<PartyCode> own = actor.partiesWith(Role.MONITOR).stream().map(PartyCode::of)
                .collect(java.util.stream.Collectors.toSet());
        if (own.isEmpty()) {
            return List.of();
        }
        List<Stored> waiting = jdbc.sql("select * from value_submission where status = ? order by submitted_at")
                .param(SubmissionStatus.SUBMITTED.name()).query(Submissions::stored).list().stream()
                .filter(s -> !own.contains(s.party()) || own.size() > 1).toList();
        return sharing.filter(actor, waiting, org.entente.sharing.Disclosure.Purpose.LIST).items();
    }

    /** A party's submissions for a compact, newest first, for its members, monitors and the secretariat. */
    @Transactional(readOnly = true)
    public List<Stored> ofParty(Actor actor, String compact, PartyCode party) {
        if (!mayRead(actor, party)) {
            throw new AccessDenied("only " + party + "'s members, monitors and the secretariat read its submissions");
        }
        List<Stored> all = jdbc.sql("""
                select * from value_submission where compact = ? and party = ? order by submitted_at desc, id desc""")
                .params(compact, party.value()).query(Submissions::stored).list();
        return actor.isMemberOf(party) || actor.isSystem() ? all
                : sharing.filter(actor, all, org.entente.sharing.Disclosure.Purpose.LIST).items();
    }

    /** The verified totals of one indicator (or data element) of a compact, every party and period. */
    @Transactional(readOnly = true)
    public List<Value> verifiedTotals(String compact, String indicator) {
        return jdbc.sql("""
                select * from indicator_value where compact = ? and indicator = ? and disaggregation = ''
                and status in ('VERIFIED', 'VERIFIED_WITH_NOTE') order by party, period""")
                .params(compact, indicator).query(Submissions::value).list();
    }

    /** The verified values of a compact: open data. */
    @Transactional(readOnly = true)
    public List<Value> verified(String compact) {
        return jdbc.sql("""
                select * from indicator_value where compact = ? and status in ('VERIFIED', 'VERIFIED_WITH_NOTE')
                order by indicator, party, period, disaggregation""").param(compact).query(Submissions::value).list();
    }

    private boolean mayRead(Actor actor, PartyCode party) {
        return actor.isMemberOf(party) || actor.hasAnyRole(Role.MONITOR, Role.SECRETARIAT) || actor.isSystem();
    }

    /**
     * Whether a reader may see this submission: the party's members always; monitors and the secretariat if its
     * classification allows their party (a RESTRICTED one only where the party's red line admits it).
     */
    private boolean mayRead(Actor actor, Stored s) {
        if (actor.isMemberOf(s.party()) || actor.isSystem()) {
            return true;
        }
        return actor.hasAnyRole(Role.MONITOR, Role.SECRETARIAT)
                && sharing.mayRead(actor, s, org.entente.sharing.Disclosure.Purpose.READ);
    }

    private record Existing(long id, double amount, ValueStatus status) {
    }

    /** What a party stored for a period, by indicator and breakdown ({@code indicator|breakdown}). */
    private Map<String, Existing> stored(String compact, PartyCode party, ReportingPeriod period) {
        Map<String, Existing> stored = new HashMap<>();
        jdbc.sql("""
                select id, indicator, disaggregation, amount, status from indicator_value where compact = ?
                and party = ? and period = ?""").params(compact, party.value(), period.toString())
                .query((rs, n) -> stored.put(rs.getString("indicator") + "|" + rs.getString("disaggregation"),
                        new Existing(rs.getLong("id"), rs.getDouble("amount"),
                                ValueStatus.valueOf(rs.getString("status"))))).list();
        return stored;
    }

    /** The party's earlier values of these indicators, series by series ({@code indicator|breakdown}). */
    private Map<String, List<Double>> earlier(String compact, PartyCode party, ReportingPeriod period,
            List<String> indicators) {
        Map<String, List<Double>> series = new HashMap<>();
        for (int from = 0; from < indicators.size(); from += 500) {
            List<String> some = indicators.subList(from, Math.min(indicators.size(), from + 500));
            jdbc.sql("select indicator, disaggregation, period, amount from indicator_value where compact = :compact "
                    + "and party = :party and indicator in (:indicators)")
                    .param("compact", compact).param("party", party.value()).param("indicators", some)
                    .query((rs, n) -> {
                        if (ReportingPeriod.parse(rs.getString("period")).compareTo(period) < 0) {
                            series.computeIfAbsent(rs.getString("indicator") + "|" + rs.getString("disaggregation"),
                                    k -> new ArrayList<>()).add(rs.getDouble("amount"));
                        }
                        return null;
                    }).list();
        }
        return series;
    }

    private long insertSubmission(String compact, PartyCode party, ReportingPeriod period, Channel channel, Actor actor,
            Instant now, int imported, int updated, int ignored, Classification restriction) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into value_submission (compact, party, period, channel, submitted_by, submitted_at, imported,
                    updated, ignored, status, classification, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(compact, party.value(), period.toString(), channel.name(), actor.username(),
                        Timestamp.from(now), imported, updated, ignored, SubmissionStatus.SUBMITTED.name(),
                        restriction.name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }


    private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(rs.getLong("id"), rs.getString("compact"), new PartyCode(rs.getString("party")),
                rs.getString("period"), Channel.valueOf(rs.getString("channel")), rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getInt("imported"), rs.getInt("updated"),
                rs.getInt("ignored"), SubmissionStatus.valueOf(rs.getString("status")), rs.getString("verified_by"),
                rs.getString("verifier_party"), instant(rs, "verified_at"), rs.getString("verification_note"),
                Classification.valueOf(rs.getString("classification")));
    }

    private static Value value(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Value(rs.getLong("id"), rs.getString("compact"), new PartyCode(rs.getString("party")),
                rs.getString("module"), rs.getString("indicator"), rs.getString("period"),
                rs.getString("disaggregation"), rs.getDouble("amount"), rs.getString("source"), rs.getString("note"),
                rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant(), rs.getBoolean("late"),
                rs.getString("late_reason"), rs.getLong("submission"), ValueStatus.valueOf(rs.getString("status")),
                instant(rs, "verified_at"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
