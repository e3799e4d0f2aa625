package org.entente.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.compact.AdherenceDesk;
import org.entente.compact.Direction;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorTarget;
import org.entente.shared.AccessDenied;
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
 * Review cycles (MIG-6): the secretariat schedules a cycle of a compact with the modules it assesses (their
 * indicators are the cycle's predefined metrics); gathering it writes, per party and module, each indicator's target
 * against its latest verified values with their trend, reporting timeliness and verification, the review items open
 * and the corrective actions overdue from earlier cycles. The secretariat records findings, each with corrective
 * actions (a responsible party, a deadline); approval publishes the assessment report, frozen from then on. The
 * responsible party reports progress on each action; one past its deadline and not done is overdue.
 */
@Service
public class ReviewCycles {

    @Labelled("review.cycle.status")
    public enum Status { SCHEDULED, DRAFT, PUBLISHED }

    /** Stored: OPEN, IN_PROGRESS, DONE; OVERDUE is what an action not done past its deadline shows. */
    @Labelled("action.status")
    public enum ActionStatus { OPEN, IN_PROGRESS, DONE, OVERDUE }

    /** Which way a party's verified values moved between its last two verified periods, judged by the indicator's direction. */
    @Labelled("trend")
    public enum Trend { IMPROVING, STEADY, WORSENING, UNKNOWN }

    public record Schedule(String title, List<String> modules, LocalDate sitsOn) {
    }

    public record Cycle(long id, String compact, String title, List<String> modules, LocalDate sitsOn, Status status,
            String createdBy, Instant createdAt, Instant gatheredAt, String approvedBy, Instant publishedAt,
            String summary) {
    }

    public record Row(PartyCode party, String module, String indicator, Double baseline, Double target,
            LocalDate targetDate, String latestPeriod, Double latestValue, String previousPeriod, Double previousValue,
            Boolean onTrack, Trend trend) {
    }

    public record Coverage(PartyCode party, String module, int owed, int onTime, int reported, int verified,
            int itemsOpen, int actionsOverdue) {
    }

    public record ActionDraft(String responsible, String title, LocalDate deadline) {
    }

    public record FindingDraft(String party, String module, String text, Long reviewItem, List<ActionDraft> actions) {
    }

    public record Action(long id, long findingId, long cycleId, PartyCode responsible, String title, LocalDate deadline,
            ActionStatus stored, String progress, String updatedBy, Instant updatedAt, LocalDate doneOn) {

        /** Its status as people read it: overdue once its deadline has passed and it is not done. */
        public ActionStatus status(LocalDate today) {
            return stored != ActionStatus.DONE && deadline.isBefore(today) ? ActionStatus.OVERDUE : stored;
        }
    }

    public record Finding(long id, long cycleId, PartyCode party, String module, String text, Long reviewItem,
            List<Action> actions) {
    }

    /** Everything the assessment report shows. */
    public record Report(Cycle cycle, List<Row> rows, List<Coverage> coverage, List<Finding> findings,
            List<ReviewItems.Item> items, LocalDate today) {
    }

    private final JdbcClient jdbc;
    private final ReportingCalendar calendar;
    private final AdherenceDesk desk;
    private final Scorecard scorecard;
    private final ReviewItems reviewItems;
    private final AuditTrail audit;
    private final VerifiedSeries series;
    private final Clock clock;

    ReviewCycles(JdbcClient jdbc, ReportingCalendar calendar, AdherenceDesk desk, Scorecard scorecard,
            ReviewItems reviewItems, AuditTrail audit, VerifiedSeries series, Clock clock) {
        this.jdbc = jdbc;
        this.series = series;
        this.calendar = calendar;
        this.desk = desk;
        this.scorecard = scorecard;
        this.reviewItems = reviewItems;
        this.audit = audit;
        this.clock = clock;
    }

    /** The secretariat schedules a cycle of a compact for the modules it names (all reported modules when none). */
    @Transactional
    public Cycle schedule(Actor actor, String compact, Schedule s) {
        actor.requireAnyRole(Role.SECRETARIAT);
        List<InvalidInput> found = new ArrayList<>();
        String title = s.title() == null ? "" : s.title().strip();
        if (title.isEmpty() || title.length() > 300) {
            found.add(InvalidInput.requiredAtMost("title", 300));
        }
        if (s.sitsOn() == null) {
            found.add(InvalidInput.coded("sitsOn", "is required", "invalid.date"));
        }
        Set<String> reported = new LinkedHashSet<>();
        parties(compact).forEach(p -> calendar.committed(compact, p).forEach(m -> reported.add(m.module())));
        if (reported.isEmpty()) {
            throw Conflict.coded("no party reports on " + compact + " yet", "monitoring.noReporting");
        }
        List<String> modules = s.modules() == null || s.modules().isEmpty() ? List.copyOf(reported)
                : s.modules().stream().map(String::strip).distinct().toList();
        if (!reported.containsAll(modules)) {
            found.add(InvalidInput.coded("modules", "name modules the parties report on", "monitoring.invalid.ruleModule"));
        }
        InvalidInput.throwIfAny(found);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into review_cycle (compact, title, modules, sits_on, status, created_by, created_at, version)
                values (?, ?, ?, ?, 'SCHEDULED', ?, ?, 0)""")
                .params(compact, title, String.join(" ", modules), s.sitsOn(), actor.username(),
                        Timestamp.from(clock.instant())).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(new AuditEvent(actor, null, "review-cycle.scheduled", "ReviewCycle", String.valueOf(id),
                "review cycle " + id + " of " + compact + " scheduled for " + s.sitsOn()));
        return get(id);
    }

    /**
     * Gathers the cycle's figures from the verified values as they stand, replacing any gathered before; the report
     * becomes a draft. A published report is frozen.
     */
    @Transactional
    public Cycle gather(Actor actor, long id) {
        actor.requireAnyRole(Role.SECRETARIAT);
        Cycle cycle = get(id);
        if (cycle.status() == Status.PUBLISHED) {
            throw Conflict.coded("the report of cycle " + id + " is published and frozen", "monitoring.cyclePublished");
        }
        jdbc.sql("delete from assessment_row where cycle_id = ?").param(id).update();
        jdbc.sql("delete from assessment_coverage where cycle_id = ?").param(id).update();
        LocalDate today = calendar.today();
        Map<String, Scorecard.Row> card = new HashMap<>();
        scorecard.of(cycle.compact()).rows().forEach(r -> card.put(r.party().value(), r));
        for (PartyCode party : parties(cycle.compact())) {
            Map<String, IndicatorTarget> targets = new HashMap<>();
            desk.of(cycle.compact(), party).ifPresent(a -> a.targets().forEach(t -> targets.put(t.moduleCode() + "/"
                    + t.indicatorCode(), t)));
            List<ReportingCalendar.Committed> committed = calendar.committed(cycle.compact(), party);
            Map<String, TreeMap<ReportingPeriod, Double>> verified = series.totals(cycle.compact(), party, committed
                    .stream().flatMap(m -> m.indicators().stream()).toList());
            List<ReviewItems.Item> open = reviewItems.openFor(cycle.compact(), party);
            for (ReportingCalendar.Committed m : committed) {
                if (!cycle.modules().contains(m.module())) {
                    continue;
                }
                for (Indicator indicator : m.indicators()) {
                    IndicatorTarget target = targets.get(m.module() + "/" + indicator.code());
                    TreeMap<ReportingPeriod, Double> series = verified.getOrDefault(indicator.code(), new TreeMap<>());
                    var latest = series.lastEntry();
                    var previous = latest == null ? null : series.lowerEntry(latest.getKey());
                    Boolean onTrack = latest == null || (target == null
                            && indicator.direction() != Direction.WITHIN_RANGE) ? null
                            : Scorecard.onTrack(indicator, target, latest.getValue(), latest.getKey().lastDay());
                    jdbc.sql("""
                            insert into assessment_row (cycle_id, party, module, indicator, baseline, target,
                                target_date, latest_period, latest_value, previous_period, previous_value, on_track,
                                trend) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                            .params(id, party.value(), m.module(), indicator.code(),
                                    target == null ? null : target.baseline(), target == null ? null : target.target(),
                                    target == null ? null : target.targetDate(),
                                    latest == null ? null : latest.getKey().toString(),
                                    latest == null ? null : latest.getValue(),
                                    previous == null ? null : previous.getKey().toString(),
                                    previous == null ? null : previous.getValue(), onTrack,
                                    trend(indicator, previous == null ? null : previous.getValue(),
                                            latest == null ? null : latest.getValue()).name())
                            .update();
                }
                Scorecard.Cell cell = Optional.ofNullable(card.get(party.value())).map(r -> r.cell(m.module()))
                        .orElse(null);
                int overdue = jdbc.sql("""
                        select count(*) from corrective_action a join assessment_finding f on f.id = a.finding_id
                        where a.responsible = ? and f.module = ? and a.status <> 'DONE' and a.deadline < ?
                        and a.cycle_id in (select id from review_cycle where compact = ? and id <> ?)""")
                        .params(party.value(), m.module(), today, cycle.compact(), id).query(Integer.class).single();
                jdbc.sql("""
                        insert into assessment_coverage (cycle_id, party, module, owed, on_time, reported, verified,
                            items_open, actions_overdue) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, party.value(), m.module(), cell == null ? 0 : cell.owed(),
                                cell == null ? 0 : cell.onTime(), cell == null ? 0 : cell.reported(),
                                cell == null ? 0 : cell.verified(),
                                (int) open.stream().filter(i -> i.module().equals(m.module())).count(), overdue)
                        .update();
            }
        }
        jdbc.sql("update review_cycle set status = 'DRAFT', gathered_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
        audit.record(new AuditEvent(actor, null, "review-cycle.gathered", "ReviewCycle", String.valueOf(id),
                "figures of review cycle " + id + " of " + cycle.compact() + " gathered"));
        return get(id);
    }

    /** Which way the value moved, better or worse by the indicator's direction; steady within half a percent. */
    static Trend trend(Indicator indicator, Double previous, Double latest) {
        if (previous == null || latest == null) {
            return Trend.UNKNOWN;
        }
        double change = latest - previous;
        if (Math.abs(change) <= 0.005 * Math.max(Math.abs(previous), 1e-9)) {
            return Trend.STEADY;
        }
        return switch (indicator.direction()) {
            case HIGHER_IS_BETTER -> change > 0 ? Trend.IMPROVING : Trend.WORSENING;
            case LOWER_IS_BETTER -> change < 0 ? Trend.IMPROVING : Trend.WORSENING;
            case WITHIN_RANGE -> {
                double middle = (indicator.rangeMin() + indicator.rangeMax()) / 2;
                yield Math.abs(latest - middle) < Math.abs(previous - middle) ? Trend.IMPROVING : Trend.WORSENING;
            }
        };
    }

    /** The secretariat records a finding of a drafted report about one party and module, with its corrective actions. */
    @Transactional
    public Finding addFinding(Actor actor, long id, FindingDraft draft) {
        actor.requireAnyRole(Role.SECRETARIAT);
        Cycle cycle = get(id);
        if (cycle.status() != Status.DRAFT) {
            throw Conflict.coded("findings are recorded on a drafted report, not a " + cycle.status() + " one",
                    "monitoring.cycleNotDraft");
        }
        List<InvalidInput> found = new ArrayList<>();
        String text = draft.text() == null ? "" : draft.text().strip();
        if (text.isEmpty() || text.length() > 4000) {
            found.add(InvalidInput.requiredAtMost("text", 4000));
        }
        PartyCode party = null;
        if (draft.party() == null || draft.party().isBlank() || parties(cycle.compact()).stream()
                .noneMatch(p -> p.value().equals(draft.party().strip()))) {
            found.add(InvalidInput.coded("party", "choose a party that reports on the compact", "invalid.choose"));
        } else {
            party = PartyCode.of(draft.party());
        }
        if (draft.module() == null || !cycle.modules().contains(draft.module())) {
            found.add(InvalidInput.coded("module", "choose a module the cycle assesses", "invalid.choose"));
        }
        List<ActionDraft> actions = draft.actions() == null ? List.of() : draft.actions();
        if (actions.size() > 20) {
            found.add(InvalidInput.between("actions", 0, 20));
        }
        for (int i = 0; i < actions.size(); i++) {
            ActionDraft a = actions.get(i);
            String at = "actions[" + i + "].";
            if (a.title() == null || a.title().isBlank() || a.title().length() > 500) {
                found.add(InvalidInput.requiredAtMost(at + "title", 500));
            }
            if (a.responsible() == null || a.responsible().isBlank()) {
                found.add(InvalidInput.coded(at + "responsible", "is required", "invalid.choose"));
            }
            if (a.deadline() == null) {
                found.add(InvalidInput.coded(at + "deadline", "is required", "invalid.date"));
            } else if (!a.deadline().isAfter(calendar.today())) {
                found.add(InvalidInput.coded(at + "deadline", "must be in the future", "invalid.future"));
            }
        }
        if (draft.reviewItem() != null && reviewItems.get(draft.reviewItem()).compact().equals(cycle.compact()) == false) {
            found.add(InvalidInput.coded("reviewItem", "is an item of another compact", "invalid.choose"));
        }
        InvalidInput.throwIfAny(found);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into assessment_finding (cycle_id, party, module, text, review_item, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, party.value(), draft.module(), text, draft.reviewItem(), actor.username(),
                        Timestamp.from(now)).update(keys, "id");
        long finding = keys.getKeyAs(Number.class).longValue();
        for (ActionDraft a : actions) {
            jdbc.sql("""
                    insert into corrective_action (finding_id, cycle_id, responsible, title, deadline, status, version)
                    values (?, ?, ?, ?, ?, 'OPEN', 0)""")
                    .params(finding, id, PartyCode.of(a.responsible()).value(), a.title().strip(), a.deadline())
                    .update();
        }
        audit.record(new AuditEvent(actor, party.value(), "review-cycle.finding", "ReviewCycle", String.valueOf(id),
                "finding on " + party + " " + draft.module() + " with " + actions.size() + " action(s)"));
        return findings(id).stream().filter(f -> f.id() == finding).findFirst().orElseThrow();
    }

    /** The secretariat approves a drafted report, which publishes it; from then on it is frozen. */
    @Transactional
    public Cycle approve(Actor actor, long id, String summary) {
        actor.requireAnyRole(Role.SECRETARIAT);
        Cycle cycle = get(id);
        if (cycle.status() != Status.DRAFT) {
            throw Conflict.coded("only a drafted report is approved; this one is " + cycle.status(),
                    "monitoring.cycleNotDraft");
        }
        if (summary != null && summary.length() > 4000) {
            throw InvalidInput.tooLong("summary", 4000);
        }
        jdbc.sql("""
                update review_cycle set status = 'PUBLISHED', approved_by = ?, published_at = ?, summary = ?,
                    version = version + 1 where id = ? and status = 'DRAFT'""")
                .params(actor.username(), Timestamp.from(clock.instant()),
                        summary == null || summary.isBlank() ? null : summary.strip(), id).update();
        audit.record(new AuditEvent(actor, null, "review-cycle.published", "ReviewCycle", String.valueOf(id),
                "assessment report of cycle " + id + " of " + cycle.compact() + " approved and published"));
        return get(id);
    }

    /**
     * The responsible party's focal point (or the secretariat) reports progress on a corrective action of a published
     * report: in progress, or done.
     */
    @Transactional
    public Action progress(Actor actor, long actionId, ActionStatus status, String note) {
        Action action = action(actionId);
        if (!actor.hasRoleFor(action.responsible(), Role.FOCAL_POINT) && !actor.hasAnyRole(Role.SECRETARIAT)) {
            throw new AccessDenied("the responsible party's focal point or the secretariat reports on an action");
        }
        if (get(action.cycleId()).status() != Status.PUBLISHED) {
            throw Conflict.coded("actions are followed once the report is published", "monitoring.cycleNotPublished");
        }
        List<InvalidInput> found = new ArrayList<>();
        if (status != ActionStatus.IN_PROGRESS && status != ActionStatus.DONE) {
            found.add(InvalidInput.coded("status", "choose in progress or done", "invalid.choose"));
        }
        if (note == null || note.isBlank() || note.length() > 2000) {
            found.add(InvalidInput.reasonRequired("progress", 2000));
        }
        InvalidInput.throwIfAny(found);
        if (action.stored() == ActionStatus.DONE) {
            throw Conflict.coded("action " + actionId + " is done", "monitoring.actionDone");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                update corrective_action set status = ?, progress = ?, updated_by = ?, updated_at = ?, done_on = ?,
                    version = version + 1 where id = ?""")
                .params(status.name(), note.strip(), actor.username(), Timestamp.from(now),
                        status == ActionStatus.DONE ? calendar.today() : null, actionId).update();
        audit.record(new AuditEvent(actor, action.responsible().value(), "corrective-action.progress",
                "CorrectiveAction", String.valueOf(actionId), "action " + actionId + " of cycle " + action.cycleId()
                        + ": " + status));
        return action(actionId);
    }

    @Transactional(readOnly = true)
    public Cycle get(long id) {
        return jdbc.sql("select * from review_cycle where id = ?").param(id).query(ReviewCycles::cycle).optional()
                .orElseThrow(() -> new NotFound("review cycle", id));
    }

    /** A cycle as this reader may see it: published ones by anyone, the others by the secretariat. */
    @Transactional(readOnly = true)
    public Cycle get(Actor actor, long id) {
        Cycle cycle = get(id);
        if (cycle.status() != Status.PUBLISHED && !actor.hasAnyRole(Role.SECRETARIAT)) {
            throw new AccessDenied("the secretariat reads a report before it is published");
        }
        return cycle;
    }

    /** A compact's cycles: all for the secretariat, the published ones for everyone else; newest first. */
    @Transactional(readOnly = true)
    public List<Cycle> of(Actor actor, String compact) {
        return jdbc.sql("select * from review_cycle where compact = ? order by sits_on desc, id desc").param(compact)
                .query(ReviewCycles::cycle).list().stream()
                .filter(c -> c.status() == Status.PUBLISHED || actor.hasAnyRole(Role.SECRETARIAT)).toList();
    }

    /** The assessment report of a cycle. */
    @Transactional(readOnly = true)
    public Report report(Actor actor, long id) {
        Cycle cycle = get(actor, id);
        List<Row> rows = jdbc.sql("select * from assessment_row where cycle_id = ? order by party, module, indicator")
                .param(id).query((rs, n) -> new Row(new PartyCode(rs.getString("party")), rs.getString("module"),
                        rs.getString("indicator"), number(rs, "baseline"), number(rs, "target"),
                        rs.getObject("target_date", LocalDate.class), rs.getString("latest_period"),
                        number(rs, "latest_value"), rs.getString("previous_period"), number(rs, "previous_value"),
                        (Boolean) rs.getObject("on_track"), Trend.valueOf(rs.getString("trend")))).list();
        List<Coverage> coverage = jdbc.sql("select * from assessment_coverage where cycle_id = ? order by party, module")
                .param(id).query((rs, n) -> new Coverage(new PartyCode(rs.getString("party")), rs.getString("module"),
                        rs.getInt("owed"), rs.getInt("on_time"), rs.getInt("reported"), rs.getInt("verified"),
                        rs.getInt("items_open"), rs.getInt("actions_overdue"))).list();
        Instant at = cycle.gatheredAt();
        List<ReviewItems.Item> items = at == null ? List.of() : reviewItems.of(cycle.compact()).stream()
                .filter(i -> !i.openedAt().isAfter(at) && (i.closedAt() == null || i.closedAt().isAfter(at))
                        && cycle.modules().contains(i.module()))
                .sorted(Comparator.comparing(ReviewItems.Item::openedAt)).toList();
        return new Report(cycle, rows, coverage, findings(id), items, calendar.today());
    }

    /** The corrective actions a party is responsible for, in every compact, not done, earliest deadline first. */
    @Transactional(readOnly = true)
    public List<Action> pendingFor(PartyCode party) {
        return jdbc.sql("""
                select a.* from corrective_action a join review_cycle c on c.id = a.cycle_id
                where a.responsible = ? and a.status <> 'DONE' and c.status = 'PUBLISHED' order by a.deadline""")
                .param(party.value()).query(ReviewCycles::action).list();
    }

    @Transactional(readOnly = true)
    public Action action(long id) {
        return jdbc.sql("select * from corrective_action where id = ?").param(id).query(ReviewCycles::action)
                .optional().orElseThrow(() -> new NotFound("action", id));
    }

    private List<Finding> findings(long cycle) {
        Map<Long, List<Action>> actions = new HashMap<>();
        jdbc.sql("select * from corrective_action where cycle_id = ? order by deadline, id").param(cycle)
                .query(ReviewCycles::action).list()
                .forEach(a -> actions.computeIfAbsent(a.findingId(), k -> new ArrayList<>()).add(a));
        return jdbc.sql("select * from assessment_finding where cycle_id = ? order by party, module, id").param(cycle)
                .query((rs, n) -> new Finding(rs.getLong("id"), cycle, new PartyCode(rs.getString("party")),
                        rs.getString("module"), rs.getString("text"), (Long) (rs.getObject("review_item") == null
                                ? null : rs.getLong("review_item")),
                        actions.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    private List<PartyCode> parties(String compact) {
        return jdbc.sql("select party from reporting_calendar where compact = ? order by party").param(compact)
                .query(String.class).list().stream().map(PartyCode::of).toList();
    }

    private static Double number(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Cycle cycle(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp gathered = rs.getTimestamp("gathered_at");
        Timestamp published = rs.getTimestamp("published_at");
        return new Cycle(rs.getLong("id"), rs.getString("compact"), rs.getString("title"),
                List.of(rs.getString("modules").split(" ")), rs.getObject("sits_on", LocalDate.class),
                Status.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), gathered == null ? null : gathered.toInstant(),
                rs.getString("approved_by"), published == null ? null : published.toInstant(), rs.getString("summary"));
    }

    private static Action action(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new Action(rs.getLong("id"), rs.getLong("finding_id"), rs.getLong("cycle_id"),
                new PartyCode(rs.getString("responsible")), rs.getString("title"),
                rs.getObject("deadline", LocalDate.class), ActionStatus.valueOf(rs.getString("status")),
                rs.getString("progress"), rs.getString("updated_by"), updated == null ? null : updated.toInstant(),
                rs.getObject("done_on", LocalDate.class));
    }
}
