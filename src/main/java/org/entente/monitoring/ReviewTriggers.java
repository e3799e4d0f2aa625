package org.entente.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.compact.AdherenceDesk;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorTarget;
import org.entente.platform.NodeLocks;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision triggers of each compact (MIG-6) and their evaluation. Every compact with an open reporting calendar
 * has the two standard rules ({@link TriggerRule#missedReports()}, {@link TriggerRule#disputeUnresolved()}); the
 * secretariat adds thresholds. Rules are evaluated for a party whenever a monitor verifies or disputes one of its
 * submissions ({@link ValuesVerified}), and for every party nightly, on one node at a time. A firing rule opens a
 * review item through {@link ReviewItems#open}, which opens it once and not again while it is open.
 */
@Service
public class ReviewTriggers {

    private static final Logger log = LoggerFactory.getLogger(ReviewTriggers.class);

    /** A stored rule. */
    public record Stored(long id, String compact, TriggerRule rule, boolean active, String createdBy,
            Instant createdAt) {
    }

    /** A rule that fired for a party: where, for which period, and the two sides it compared. */
    public record Firing(Stored rule, PartyCode party, String module, String indicator, String period,
            Double observed, Double threshold) {
    }

    private final JdbcClient jdbc;
    private final ReportingCalendar calendar;
    private final AdherenceDesk desk;
    private final ReviewItems items;
    private final AuditTrail audit;
    private final NodeLocks locks;
    private final VerifiedSeries series;
    private final Clock clock;

    ReviewTriggers(JdbcClient jdbc, ReportingCalendar calendar, AdherenceDesk desk, ReviewItems items, AuditTrail audit,
            NodeLocks locks, VerifiedSeries series, Clock clock) {
        this.jdbc = jdbc;
        this.series = series;
        this.calendar = calendar;
        this.desk = desk;
        this.items = items;
        this.audit = audit;
        this.locks = locks;
        this.clock = clock;
    }

    /** The secretariat adds a rule to a compact whose reporting has begun. */
    @Transactional
    public Stored define(Actor actor, String compact, TriggerRule rule) {
        actor.requireAnyRole(Role.SECRETARIAT);
        List<ReportingCalendar.Committed> modules = modulesOf(compact);
        List<InvalidInput> found = new ArrayList<>();
        if (rule.module() != null && modules.stream().noneMatch(m -> m.module().equals(rule.module()))) {
            found.add(InvalidInput.coded("module", "is not a module any party reports on", "monitoring.invalid.ruleModule"));
        }
        if (rule.indicator() != null) {
            Optional<Indicator> indicator = modules.stream()
                    .filter(m -> rule.module() == null || m.module().equals(rule.module()))
                    .flatMap(m -> m.indicators().stream()).filter(i -> i.code().equals(rule.indicator())).findFirst();
            if (indicator.isEmpty()) {
                found.add(InvalidInput.coded("indicator", "is not an indicator of that module",
                        "monitoring.invalid.ruleIndicator"));
            }
        }
        InvalidInput.throwIfAny(found);
        try {
            long id = insert(compact, rule, actor.username());
            audit.record(new AuditEvent(actor, null, "trigger.defined", "TriggerRule", String.valueOf(id),
                    "rule " + rule.code() + " defined for " + compact + ": " + rule.kind()));
            return get(id);
        } catch (DuplicateKeyException e) {
            throw Conflict.coded("the compact already has a rule " + rule.code(), "monitoring.ruleTaken", rule.code());
        }
    }

    /** The secretariat switches a rule off or on again; its review items stay as they are. */
    @Transactional
    public Stored setActive(Actor actor, long id, boolean active) {
        actor.requireAnyRole(Role.SECRETARIAT);
        Stored s = get(id);
        jdbc.sql("update trigger_rule set active = ?, version = version + 1 where id = ?").params(active, id).update();
        audit.record(new AuditEvent(actor, null, active ? "trigger.activated" : "trigger.deactivated", "TriggerRule",
                String.valueOf(id), "rule " + s.rule().code() + " of " + s.compact() + (active ? " on" : " off")));
        return get(id);
    }

    /** The compact's rules, the standard ones first: public, as the seed asks triggers to be. */
    @Transactional(readOnly = true)
    public List<Stored> of(String compact) {
        return jdbc.sql("select * from trigger_rule where compact = ? order by id").param(compact)
                .query(ReviewTriggers::stored).list();
    }

    @Transactional(readOnly = true)
    public Stored get(long id) {
        return jdbc.sql("select * from trigger_rule where id = ?").param(id).query(ReviewTriggers::stored).optional()
                .orElseThrow(() -> new NotFound("rule", id));
    }

    /** Gives a compact its two standard rules, once (a second call, on this node or another, changes nothing). */
    @Transactional
    public void standardRules(String compact) {
        for (TriggerRule rule : List.of(TriggerRule.missedReports(), TriggerRule.disputeUnresolved())) {
            jdbc.sql("""
                    insert into trigger_rule (compact, code, name, kind, periods, importance, opens, active, created_by,
                        created_at, version) values (?, ?, ?, ?, ?, ?, ?, true, 'system', ?, 0)
                    on conflict do nothing""")
                    .params(compact, rule.code(), rule.name(), rule.kind().name(), rule.periods(),
                            rule.importance().name(), rule.opens().name(), Timestamp.from(clock.instant())).update();
        }
    }

    @ApplicationModuleListener
    void on(org.entente.compact.AdherenceAccepted accepted) {
        standardRules(accepted.compact());
    }

    @ApplicationModuleListener
    void on(org.entente.compact.CompactEnteredIntoForce inForce) {
        standardRules(inForce.compact());
    }

    /**
     * A verification changes what is verified, which is what thresholds read; missed reports and disputes left
     * unresolved come with the passing of days, so the nightly run looks for them.
     */
    @ApplicationModuleListener
    void on(ValuesVerified verified) {
        evaluate(verified.compact(), PartyCode.of(verified.party()), java.util.EnumSet.of(TriggerRule.Kind.THRESHOLD));
    }

    @Scheduled(cron = "${entente.monitoring.trigger-cron:0 40 1 * * *}", zone = "UTC")
    void nightly() {
        locks.runAlone("monitoring.triggers", Duration.ofMinutes(30), () -> {
            int opened = evaluateAll();
            if (opened > 0) {
                log.info("revision triggers: {} review item(s) opened", opened);
            }
        });
    }

    /** Evaluates every compact's rules for every party reporting on it; answers how many review items opened. */
    public int evaluateAll() {
        int opened = 0;
        for (var open : jdbc.sql("select compact, party from reporting_calendar order by compact, party")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()) {
            opened += evaluate(open.getKey(), PartyCode.of(open.getValue())).size();
        }
        return opened;
    }

    /** Evaluates a compact's active rules for one party, opening a review item for each that fires and has none open. */
    @Transactional
    public List<ReviewItems.Item> evaluate(String compact, PartyCode party) {
        return evaluate(compact, party, java.util.EnumSet.allOf(TriggerRule.Kind.class));
    }

    /** As {@link #evaluate(String, PartyCode)}, for the rules of some kinds only. */
    @Transactional
    public List<ReviewItems.Item> evaluate(String compact, PartyCode party, Set<TriggerRule.Kind> kinds) {
        standardRules(compact);
        List<ReviewItems.Item> opened = new ArrayList<>();
        for (Firing firing : firings(compact, party, kinds)) {
            items.open(firing).ifPresent(opened::add);
        }
        return opened;
    }

    /** What fires for a party now, whether or not a review item is already open for it. */
    @Transactional(readOnly = true)
    public List<Firing> firings(String compact, PartyCode party) {
        return firings(compact, party, java.util.EnumSet.allOf(TriggerRule.Kind.class));
    }

    private List<Firing> firings(String compact, PartyCode party, Set<TriggerRule.Kind> kinds) {
        List<Stored> rules = of(compact).stream().filter(Stored::active)
                .filter(r -> kinds.contains(r.rule().kind())).toList();
        if (rules.isEmpty()) {
            return List.of();
        }
        List<ReportingCalendar.Committed> modules = calendar.committed(compact, party);
        Map<String, IndicatorTarget> targets = new HashMap<>();
        desk.of(compact, party).ifPresent(a -> a.targets().forEach(t -> targets.put(t.moduleCode() + "/"
                + t.indicatorCode(), t)));
        Map<String, TreeMap<ReportingPeriod, Double>> verified = series.totals(compact, party, modules.stream()
                .flatMap(m -> m.indicators().stream()).toList());
        List<ReportingCalendar.Obligation> owed = rules.stream().anyMatch(r -> r.rule().kind()
                == TriggerRule.Kind.MISSED_REPORTS) ? calendar.obligations(compact, party) : List.of();
        List<Firing> firings = new ArrayList<>();
        for (Stored stored : rules) {
            TriggerRule rule = stored.rule();
            for (ReportingCalendar.Committed m : modules) {
                if (rule.module() != null && !rule.module().equals(m.module())) {
                    continue;
                }
                switch (rule.kind()) {
                    case THRESHOLD -> m.indicators().stream().filter(i -> i.code().equals(rule.indicator()))
                            .findFirst().flatMap(i -> threshold(rule, verified.getOrDefault(i.code(), new TreeMap<>()),
                                    targets.get(m.module() + "/" + i.code())))
                            .ifPresent(f -> firings.add(new Firing(stored, party, m.module(), rule.indicator(),
                                    f.period(), f.observed(), f.threshold())));
                    case MISSED_REPORTS -> m.indicators().stream()
                            .filter(i -> rule.indicator() == null || i.code().equals(rule.indicator()))
                            .forEach(i -> missed(rule, owed, m.module(), i.code()).ifPresent(period -> firings.add(
                                    new Firing(stored, party, m.module(), i.code(), period, null,
                                            (double) rule.periods()))));
                    case DISPUTE_UNRESOLVED -> disputes(compact, party, m.module()).stream()
                            .filter(d -> rule.indicator() == null || d.indicator().equals(rule.indicator()))
                            .filter(d -> d.days() >= rule.periods())
                            .forEach(d -> firings.add(new Firing(stored, party, m.module(), d.indicator(), d.period(),
                                    (double) d.days(), (double) rule.periods())));
                }
            }
        }
        return firings;
    }

    /** What a threshold compared when it fires: the latest verified period, its left side and its right side. */
    record Compared(String period, double observed, double threshold) {
    }

    /**
     * A threshold against one party's verified series of an indicator: the left side is the latest verified value, or
     * its change since the verified value {@code periods} periods before; the right side a number or the party's own
     * target or baseline. Empty when it does not fire or cannot be judged (no value yet, no target declared).
     */
    static Optional<Compared> threshold(TriggerRule rule, TreeMap<ReportingPeriod, Double> series,
            IndicatorTarget target) {
        if (series.isEmpty()) {
            return Optional.empty();
        }
        ReportingPeriod latest = series.lastKey();
        double left = series.get(latest);
        if (rule.left() == TriggerRule.LeftSide.CHANGE) {
            ReportingPeriod earlier = latest;
            for (int i = 0; i < rule.periods(); i++) {
                earlier = earlier.previous();
            }
            Double before = series.get(earlier);
            if (before == null) {
                return Optional.empty();
            }
            left = left - before;
        }
        Double right = switch (rule.right()) {
            case NUMBER -> rule.number();
            case TARGET -> target == null ? null : target.target();
            case BASELINE -> target == null ? null : target.baseline();
        };
        if (right == null || !rule.operator().holds(left, right)) {
            return Optional.empty();
        }
        return Optional.of(new Compared(latest.toString(), left, right));
    }

    /**
     * The latest of {@code periods} consecutive periods of an indicator all past their due date without a value, if
     * the most recent periods that fell due are such a run.
     */
    static Optional<String> missed(TriggerRule rule, List<ReportingCalendar.Obligation> owed, String module,
            String indicator) {
        List<ReportingCalendar.Obligation> fallenDue = owed.stream()
                .filter(o -> o.module().equals(module) && o.indicator().code().equals(indicator))
                .filter(o -> o.state() != ReportingCalendar.State.DUE)
                .sorted(Comparator.comparing(ReportingCalendar.Obligation::period).reversed()).toList();
        if (fallenDue.size() < rule.periods()) {
            return Optional.empty();
        }
        for (int i = 0; i < rule.periods(); i++) {
            ReportingCalendar.State state = fallenDue.get(i).state();
            if (state != ReportingCalendar.State.OVERDUE && state != ReportingCalendar.State.MISSED) {
                return Optional.empty();
            }
        }
        return Optional.of(fallenDue.get(0).period().toString());
    }

    private record Dispute(String indicator, String period, long days) {
    }

    private List<Dispute> disputes(String compact, PartyCode party, String module) {
        LocalDate today = calendar.today();
        return jdbc.sql("""
                select v.indicator, v.period, s.verified_at from indicator_value v
                join value_submission s on s.id = v.submission
                where v.compact = ? and v.party = ? and v.module = ? and v.status = 'DISPUTED'
                and v.disaggregation = ''""").params(compact, party.value(), module)
                .query((rs, n) -> new Dispute(rs.getString(1), rs.getString(2), Duration.between(
                        rs.getTimestamp(3).toInstant().atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(),
                        today.atStartOfDay()).toDays())).list();
    }

    private List<ReportingCalendar.Committed> modulesOf(String compact) {
        List<ReportingCalendar.Committed> all = new ArrayList<>();
        for (String party : jdbc.sql("select party from reporting_calendar where compact = ?").param(compact)
                .query(String.class).list()) {
            all.addAll(calendar.committed(compact, PartyCode.of(party)));
        }
        return all;
    }

    private long insert(String compact, TriggerRule rule, String by) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into trigger_rule (compact, code, name, kind, module, indicator, left_side, periods, operator,
                    right_side, right_number, importance, opens, active, created_by, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, 0)""")
                .params(compact, rule.code(), rule.name(), rule.kind().name(), rule.module(), rule.indicator(),
                        name(rule.left()), rule.periods(), name(rule.operator()), name(rule.right()), rule.number(),
                        rule.importance().name(), rule.opens().name(), by, Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Object periods = rs.getObject("periods");
        Object number = rs.getObject("right_number");
        TriggerRule rule = new TriggerRule(rs.getString("code"), rs.getString("name"),
                TriggerRule.Kind.valueOf(rs.getString("kind")), rs.getString("module"), rs.getString("indicator"),
                value(TriggerRule.LeftSide.class, rs.getString("left_side")),
                periods == null ? null : ((Number) periods).intValue(),
                value(TriggerRule.Operator.class, rs.getString("operator")),
                value(TriggerRule.RightSide.class, rs.getString("right_side")),
                number == null ? null : ((Number) number).doubleValue(),
                TriggerRule.Importance.valueOf(rs.getString("importance")),
                TriggerRule.Opens.valueOf(rs.getString("opens")));
        return new Stored(rs.getLong("id"), rs.getString("compact"), rule, rs.getBoolean("active"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
