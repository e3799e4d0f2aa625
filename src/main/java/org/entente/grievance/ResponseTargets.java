package org.entente.grievance;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each stage may take before a case escalates: the defaults from configuration (acknowledge and triage in
 * 2 days, start mediation in 5, mediate in 30, the ombudsperson in 60, the panel in 90), or a compact's own, set by
 * its secretariat. A safety case is answered the same day: its first two stages take at most 24 hours.
 */
@Service
public class ResponseTargets implements GrievanceCase.Targets {

    static final Duration SAME_DAY = Duration.ofHours(24);
    static final int MOST_HOURS = 24 * 365;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Map<Stage, Duration> defaults = new EnumMap<>(Stage.class);

    ResponseTargets(JdbcClient jdbc, AuditTrail audit,
            @Value("${entente.grievance.targets.received:P2D}") Duration received,
            @Value("${entente.grievance.targets.triaged:P5D}") Duration triaged,
            @Value("${entente.grievance.targets.mediation:P30D}") Duration mediation,
            @Value("${entente.grievance.targets.ombudsperson:P60D}") Duration ombudsperson,
            @Value("${entente.grievance.targets.regional-panel:P90D}") Duration panel) {
        this.jdbc = jdbc;
        this.audit = audit;
        defaults.put(Stage.RECEIVED, received);
        defaults.put(Stage.TRIAGED, triaged);
        defaults.put(Stage.MEDIATION, mediation);
        defaults.put(Stage.OMBUDSPERSON, ombudsperson);
        defaults.put(Stage.REGIONAL_PANEL, panel);
    }

    @Override
    public Duration of(String compact, Stage stage, Urgency urgency) {
        Duration target = of(compact).get(stage);
        if (urgency == Urgency.SAFETY && (stage == Stage.RECEIVED || stage == Stage.TRIAGED)
                && target.compareTo(SAME_DAY) > 0) {
            return SAME_DAY;
        }
        return target;
    }

    /** The targets that hold for a compact (its own, else the defaults), stage by stage. */
    public Map<Stage, Duration> of(String compact) {
        if (compact == null) {
            return defaults;
        }
        Map<Stage, Duration> targets = new EnumMap<>(defaults);
        jdbc.sql("select stage, hours from grievance_target where compact = ?").param(compact)
                .query((rs, n) -> Map.entry(Stage.valueOf(rs.getString(1)), Duration.ofHours(rs.getInt(2))))
                .list().forEach(e -> targets.put(e.getKey(), e.getValue()));
        return targets;
    }

    /** The secretariat sets a compact's targets, in days per stage; a stage left out keeps the default. */
    @Transactional
    public Map<Stage, Duration> set(Actor actor, String compact, Map<Stage, Integer> days) {
        actor.requireAnyRole(Role.SECRETARIAT);
        if (compact == null || compact.isBlank() || compact.length() > 40) {
            throw InvalidInput.requiredAtMost("compact", 40);
        }
        List<InvalidInput> found = new java.util.ArrayList<>();
        days.forEach((stage, d) -> {
            if (stage == Stage.CLOSED) {
                found.add(InvalidInput.coded(stage.name(), "a closed case has no target", "grievance.noTarget"));
            } else if (d == null || d < 1 || d * 24 > MOST_HOURS) {
                found.add(InvalidInput.between(stage.name(), 1, 365));
            }
        });
        InvalidInput.throwIfAny(found);
        Map<String, Integer> summary = new LinkedHashMap<>();
        days.forEach((stage, d) -> {
            jdbc.sql("delete from grievance_target where compact = ? and stage = ?").params(compact, stage.name())
                    .update();
            jdbc.sql("insert into grievance_target (compact, stage, hours) values (?, ?, ?)")
                    .params(compact, stage.name(), d * 24).update();
            summary.put(stage.name(), d);
        });
        audit.record(new AuditEvent(actor, null, "grievance.targets-set", "Compact", compact,
                "response-time targets of " + compact + " set (days): " + summary));
        return of(compact);
    }
}
