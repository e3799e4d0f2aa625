package org.entente.recruitment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.sharing.SmallCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Labour inspections: an inspecting party's focal point or inspector plans one (a recruiter's office or a workplace
 * it placed workers in, a sector, a journey), then records it done with a finding per standard and a follow-up date.
 * A done inspection is public with its findings; the public figures count inspections, violations and sanctions per
 * party, sector and journey, small counts suppressed through {@code sharing}.
 */
@Service
public class Inspections {

    public record Plan(long recruiterId, InspectionSite site, String place, Sector sector, String corridor,
            LocalDate plannedOn) {
    }

    public record Finding(LabourStandard standard, Boolean compliant, String note) {
    }

    public record Report(LocalDate doneOn, List<Finding> findings, LocalDate followUpOn, String summary) {
    }

    public record Inspection(long id, long recruiterId, String recruiterName, String inspectingParty,
            InspectionSite site, String place, Sector sector, String corridor, LocalDate plannedOn, LocalDate doneOn,
            LocalDate followUpOn, String summary, List<Finding> findings) {
        public boolean isDone() {
            return doneOn != null;
        }

        public long violations() {
            return findings.stream().filter(f -> Boolean.FALSE.equals(f.compliant())).count();
        }
    }

    /** A published count: its value, or null when withheld; small means "fewer than 11". */
    public record Cell(String key, Long value, boolean small) {
    }

    public record Breakdown(String dimension, List<Cell> inspections, List<Cell> withViolations,
            List<Cell> sanctions) {
    }

    private final JdbcClient jdbc;
    private final RecruiterRegistry registry;
    private final AuditTrail audit;

    Inspections(JdbcClient jdbc, RecruiterRegistry registry, AuditTrail audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
    }

    private PartyCode inspectingParty(Actor actor) {
        actor.requireAnyRole(Role.FOCAL_POINT, Role.INSPECTOR);
        return actor.partiesWith(Role.INSPECTOR, Role.FOCAL_POINT).stream().findFirst().map(PartyCode::new)
                .orElseThrow(() -> new AccessDenied("requires an inspecting party's focal point or inspector"));
    }

    @Transactional
    public Inspection plan(Actor actor, Plan plan) {
        PartyCode party = inspectingParty(actor);
        registry.get(plan.recruiterId());
        List<InvalidInput> found = new ArrayList<>();
        if (plan.site() == null) {
            found.add(InvalidInput.required("site"));
        }
        if (plan.sector() == null) {
            found.add(InvalidInput.required("sector"));
        }
        if (plan.plannedOn() == null) {
            found.add(InvalidInput.required("plannedOn"));
        }
        if (plan.place() != null && plan.place().length() > 200) {
            found.add(InvalidInput.tooLong("place", 200));
        }
        String corridor = plan.corridor() == null || plan.corridor().isBlank() ? null
                : RecruiterRegistry.corridor(plan.corridor());
        if (plan.corridor() != null && !plan.corridor().isBlank() && corridor == null) {
            found.add(InvalidInput.coded("corridor", "a journey is two country codes, XAR-XCO", "recruitment.corridor"));
        }
        InvalidInput.throwIfAny(found);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inspection (recruiter_id, inspecting_party, site, place, sector, corridor, planned_on,
                    planned_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.recruiterId(), party.value(), plan.site().name(),
                        plan.place() == null || plan.place().isBlank() ? null : plan.place().strip(),
                        plan.sector().name(), corridor, Date.valueOf(plan.plannedOn()), actor.username())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(new AuditEvent(actor, party.value(), "inspection.planned", "Inspection", String.valueOf(id),
                "inspection " + id + " of recruiter " + plan.recruiterId() + " planned for " + plan.plannedOn()));
        return get(id);
    }

    /** Records the inspection done, with a finding per standard checked: from then on it is public. */
    @Transactional
    public Inspection record(Actor actor, long id, Report report) {
        PartyCode party = inspectingParty(actor);
        Inspection inspection = get(id);
        if (!inspection.inspectingParty().equals(party.value())) {
            throw new AccessDenied("only the inspecting party records its inspection");
        }
        if (inspection.isDone()) {
            throw Conflict.coded("inspection " + id + " is already recorded", "recruitment.inspectionDone");
        }
        List<InvalidInput> found = new ArrayList<>();
        if (report.doneOn() == null) {
            found.add(InvalidInput.required("doneOn"));
        } else if (report.doneOn().isAfter(registry.today())) {
            found.add(InvalidInput.coded("doneOn", "cannot be in the future", "recruitment.future"));
        }
        if (report.findings() == null || report.findings().isEmpty()) {
            found.add(InvalidInput.required("findings"));
        } else {
            java.util.Set<LabourStandard> seen = java.util.EnumSet.noneOf(LabourStandard.class);
            for (int i = 0; i < report.findings().size(); i++) {
                Finding f = report.findings().get(i);
                if (f.standard() == null || f.compliant() == null) {
                    found.add(InvalidInput.required("findings[" + i + "]"));
                } else if (!seen.add(f.standard())) {
                    found.add(InvalidInput.coded("findings[" + i + "]", "this standard is already judged",
                            "recruitment.standardTwice"));
                } else if (f.note() != null && f.note().length() > 1000) {
                    found.add(InvalidInput.tooLong("findings[" + i + "].note", 1000));
                }
            }
        }
        if (report.summary() != null && report.summary().length() > 2000) {
            found.add(InvalidInput.tooLong("summary", 2000));
        }
        if (report.followUpOn() != null && report.doneOn() != null && report.followUpOn().isBefore(report.doneOn())) {
            found.add(InvalidInput.coded("followUpOn", "is before the inspection", "recruitment.endsBeforeStart"));
        }
        InvalidInput.throwIfAny(found);
        jdbc.sql("update inspection set done_on = ?, follow_up_on = ?, summary = ?, version = version + 1 where id = ?")
                .params(Date.valueOf(report.doneOn()), report.followUpOn() == null ? null
                        : Date.valueOf(report.followUpOn()), report.summary() == null || report.summary().isBlank()
                                ? null : report.summary().strip(), id).update();
        for (Finding f : report.findings()) {
            jdbc.sql("insert into inspection_finding (inspection_id, standard, compliant, note) values (?, ?, ?, ?)")
                    .params(id, f.standard().name(), f.compliant(), f.note() == null || f.note().isBlank() ? null
                            : f.note().strip()).update();
        }
        long violations = report.findings().stream().filter(f -> !f.compliant()).count();
        audit.record(new AuditEvent(actor, party.value(), "inspection.recorded", "Inspection", String.valueOf(id),
                "inspection " + id + " done on " + report.doneOn() + ": " + violations + " of "
                        + report.findings().size() + " standards not met"));
        return get(id);
    }

    @Transactional(readOnly = true)
    public Inspection get(long id) {
        Inspection bare = jdbc.sql(SELECT + " where i.id = ?").param(id).query(Inspections::row).optional()
                .orElseThrow(() -> new NotFound("inspection", id));
        return withFindings(bare);
    }

    /** The done inspections of a recruiter, newest first: public. */
    @Transactional(readOnly = true)
    public List<Inspection> doneFor(long recruiterId) {
        return jdbc.sql(SELECT + " where i.recruiter_id = ? and i.done_on is not null order by i.done_on desc, i.id desc")
                .param(recruiterId).query(Inspections::row).list().stream().map(this::withFindings).toList();
    }

    /** A party's inspections still to be done, soonest first: for its inspectors. */
    @Transactional(readOnly = true)
    public List<Inspection> planned(Actor actor) {
        PartyCode party = inspectingParty(actor);
        return jdbc.sql(SELECT + " where i.inspecting_party = ? and i.done_on is null order by i.planned_on, i.id")
                .param(party.value()).query(Inspections::row).list();
    }

    /**
     * The public figures: done inspections, those with at least one violation, and final sanctions, by inspecting
     * party, by sector and by journey. Each count is published alone through {@link SmallCounts}: 1 to 10 withheld.
     */
    @Transactional(readOnly = true)
    public List<Breakdown> statistics() {
        List<Breakdown> all = new ArrayList<>();
        for (String[] dimension : new String[][] {{"party", "i.inspecting_party"}, {"sector", "i.sector"},
            {"corridor", "coalesce(i.corridor, '-')"}}) {
            Map<String, long[]> counts = new TreeMap<>();
            jdbc.sql("select " + dimension[1] + ", count(*), sum(case when exists (select 1 from inspection_finding f "
                    + "where f.inspection_id = i.id and f.compliant = false) then 1 else 0 end) from inspection i "
                    + "where i.done_on is not null group by " + dimension[1])
                    .query((rs, n) -> Map.entry(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), 0}))
                    .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
            String sanctionKey = switch (dimension[0]) {
                case "party" -> "s.licensing_party";
                case "sector" -> "coalesce(i.sector, '-')";
                default -> "coalesce(i.corridor, '-')";
            };
            jdbc.sql("select " + sanctionKey + ", count(*) from recruiter_sanction s left join inspection i on "
                    + "i.id = s.inspection_id where s.appeal in ('FINAL', 'UPHELD') group by " + sanctionKey)
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                    .forEach(e -> counts.computeIfAbsent(e.getKey(), k -> new long[3])[2] = e.getValue());
            List<Cell> inspections = new ArrayList<>();
            List<Cell> violations = new ArrayList<>();
            List<Cell> sanctions = new ArrayList<>();
            counts.forEach((key, c) -> {
                inspections.add(cell(key, c[0]));
                violations.add(cell(key, c[1]));
                sanctions.add(cell(key, c[2]));
            });
            all.add(new Breakdown(dimension[0], inspections, violations, sanctions));
        }
        return all;
    }

    private static Cell cell(String key, long count) {
        OptionalLong shown = SmallCounts.publishable(count);
        return new Cell(key, shown.isPresent() ? shown.getAsLong() : null, shown.isEmpty());
    }

    private Inspection withFindings(Inspection i) {
        List<Finding> findings = jdbc.sql("select standard, compliant, note from inspection_finding where "
                + "inspection_id = ? order by id").param(i.id())
                .query((rs, n) -> new Finding(LabourStandard.valueOf(rs.getString(1)), rs.getBoolean(2),
                        rs.getString(3))).list();
        return new Inspection(i.id(), i.recruiterId(), i.recruiterName(), i.inspectingParty(), i.site(), i.place(),
                i.sector(), i.corridor(), i.plannedOn(), i.doneOn(), i.followUpOn(), i.summary(), findings);
    }

    private static final String SELECT = "select i.*, r.name as recruiter_name from inspection i "
            + "join recruiter r on r.id = i.recruiter_id";

    private static Inspection row(ResultSet rs, int n) throws SQLException {
        return new Inspection(rs.getLong("id"), rs.getLong("recruiter_id"), rs.getString("recruiter_name"),
                rs.getString("inspecting_party"), InspectionSite.valueOf(rs.getString("site")), rs.getString("place"),
                Sector.valueOf(rs.getString("sector")), rs.getString("corridor"), date(rs, "planned_on"),
                date(rs, "done_on"), date(rs, "follow_up_on"), rs.getString("summary"), List.of());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
