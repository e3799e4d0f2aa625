package org.entente.crisis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.party.PartyDirectory;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.sharing.Disclosure;
import org.entente.sharing.Sharing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crisis room: crises are opened and closed, parties file situation reports, and everyone reads what the red
 * lines let them read. Every read of a report goes through {@link Sharing}; what a viewer may not see is counted,
 * never shown.
 */
@Service
public class CrisisRoom {

    private final Crises crises;
    private final CrisisRows crisisRows;
    private final SituationReports reports;
    private final SituationReportRows reportRows;
    private final PartyDirectory parties;
    private final Sharing sharing;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CrisisRoom(Crises crises, CrisisRows crisisRows, SituationReports reports, SituationReportRows reportRows,
            PartyDirectory parties, Sharing sharing, AuditTrail audit, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.crises = crises;
        this.crisisRows = crisisRows;
        this.reports = reports;
        this.reportRows = reportRows;
        this.parties = parties;
        this.sharing = sharing;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** A party expected to report, and whether it is late. */
    public record Reporting(PartyCode party, Instant lastReport, Instant due, boolean late) {
    }

    /**
     * What one viewer sees of a crisis: each party's latest readable report; for each party the most recent value of
     * each key figure it reported in a readable report, and their totals; how many reports were withheld under
     * sharing rules; and who is late.
     */
    public record Dashboard(Crisis crisis, List<SituationReport> latest, Map<PartyCode, Map<String, Long>> byParty,
            Map<String, Long> totals, int withheld, int sectionsWithheld, List<Reporting> reporting) {
    }

    /**
     * The reports a viewer may read, each with the sections it may not see left empty; how many reports were
     * withheld whole; and how many sections of the readable ones were withheld.
     */
    public record Reports(List<SituationReport> items, int withheld, int sectionsWithheld) {
        public Reports {
            items = List.copyOf(items);
        }
    }

    @Transactional
    public Crisis open(Actor actor, Crisis.Declaration declaration) {
        if (!actor.hasAnyRole(Role.SECRETARIAT)) {
            actor.requireRoleFor(declaration.leadParty(), Role.FOCAL_POINT);
        }
        requireParty("leadParty", declaration.leadParty());
        declaration.affected().forEach(p -> requireParty("affected", p));
        if (crises.existsByCode(declaration.code())) {
            throw new Conflict("a crisis with code " + declaration.code() + " exists already");
        }
        Crisis crisis = crises.save(Crisis.open(declaration, clock.instant()));
        audit.record(new AuditEvent(actor, declaration.leadParty().value(), "crisis.opened", "Crisis", crisis.code(),
                "opened " + declaration.type() + " crisis " + crisis.code() + " affecting "
                        + declaration.affected().size() + " party(ies), led by " + declaration.leadParty()));
        events.publishEvent(new CrisisOpened(crisis.id(), crisis.code(), crisis.leadParty().value()));
        return crisis;
    }

    @Transactional
    public Crisis recordEvent(Actor actor, long id, String text) {
        Crisis crisis = find(id);
        PartyCode party = actingParty(actor, crisis);
        crisis.record(text, party, clock.instant());
        Crisis saved = crises.save(crisis);
        audit.record(new AuditEvent(actor, party.value(), "crisis.event-recorded", "Crisis", crisis.code(),
                party + " added an entry to the timeline of " + crisis.code()));
        return saved;
    }

    /** The lead party's focal point (or the secretariat) says who decides priorities for each kind of resource. */
    @Transactional
    public Crisis assignDecisionRights(Actor actor, long id, List<DecisionRight> rights) {
        Crisis crisis = find(id);
        if (!actor.hasAnyRole(Role.SECRETARIAT)) {
            actor.requireRoleFor(crisis.leadParty(), Role.FOCAL_POINT);
        }
        for (int i = 0; i < rights.size(); i++) {
            if (!parties.exists(new PartyCode(rights.get(i).party()))) {
                throw new InvalidInput("rights[" + i + "].party", "no party with code " + rights.get(i).party());
            }
        }
        crisis.assignDecisionRights(rights, clock.instant());
        Crisis saved = crises.save(crisis);
        audit.record(new AuditEvent(actor, crisis.leadParty().value(), "crisis.decision-rights-assigned", "Crisis",
                crisis.code(), "decision rights of " + crisis.code() + " assigned for " + rights.size() + " resource kind(s)"));
        return saved;
    }

    /** Whether the actor holds the decision right for that kind of resource in that crisis (other modules ask this). */
    @Transactional(readOnly = true)
    public boolean decides(Actor actor, long crisisId, ResourceKind resource) {
        DecisionRight holder = find(crisisId).decisionHolder(resource);
        return actor.hasRoleFor(new PartyCode(holder.party()), holder.role());
    }

    @Transactional
    public Crisis close(Actor actor, long id) {
        Crisis crisis = find(id);
        if (!actor.hasAnyRole(Role.SECRETARIAT)) {
            actor.requireRoleFor(crisis.leadParty(), Role.FOCAL_POINT);
        }
        crisis.close(clock.instant());
        Crisis saved = crises.save(crisis);
        audit.record(AuditEvent.of(actor, "crisis.closed", "Crisis", crisis.code(), "closed crisis " + crisis.code()));
        events.publishEvent(new CrisisClosed(crisis.id(), crisis.code()));
        return saved;
    }

    /** A party's focal point files a report for its party. */
    @Transactional
    public SituationReport submit(Actor actor, long crisisId, PartyCode party, SituationReport.Content content) {
        actor.requireRoleFor(party, Role.FOCAL_POINT);
        Crisis crisis = find(crisisId);
        if (!crisis.isActive()) {
            throw new Conflict("crisis " + crisis.code() + " is closed");
        }
        content.recipients().forEach(p -> requireParty("recipients", p));
        SituationReport report = reports.save(SituationReport.submit(crisis.id(), party, content, actor.username(),
                clock.instant()));
        audit.record(new AuditEvent(actor, party.value(), "sitrep.submitted", "SituationReport",
                String.valueOf(report.id()), party + " submitted " + content.classification() + " situation report #"
                        + report.id() + " for " + crisis.code()));
        events.publishEvent(new SituationReportFiled(crisis.id(), report.id()));
        return report;
    }

    @Transactional(readOnly = true)
    public List<Crisis> visible(Actor actor) {
        return sharing.filter(actor, crises.findAllByOrderByStartedAtDesc(), Disclosure.Purpose.LIST).items();
    }

    @Transactional(readOnly = true)
    public Crisis get(Actor actor, long id) {
        return sharing.requireReadable(actor, find(id));
    }

    @Transactional(readOnly = true)
    public Reports reports(Actor actor, long crisisId, Disclosure.Purpose purpose) {
        return reports(actor, get(actor, crisisId), purpose);
    }

    /** The same, for a crisis the caller has just read through {@link #get}. */
    @Transactional(readOnly = true)
    public Reports reports(Actor actor, Crisis crisis, Disclosure.Purpose purpose) {
        return readable(actor, reportRows.ofCrisis(crisis.id()), purpose);
    }

    /**
     * The red lines decide on each report, then on each section classified more narrowly than its report; a section
     * read at the report's own classification is disclosed with it.
     */
    private Reports readable(Actor actor, List<SituationReport> all, Disclosure.Purpose purpose) {
        Sharing.Visible<SituationReport> visible = sharing.filter(actor, all, purpose);
        List<SituationReport.Part> narrower = visible.items().stream()
                .flatMap(r -> r.narrowerParts().stream()).toList();
        if (narrower.isEmpty()) {
            return new Reports(visible.items(), visible.withheld(), 0);
        }
        Set<SituationReport.Part> seen = new HashSet<>(sharing.filter(actor, narrower, purpose).items());
        Map<SituationReport, Set<SituationReport.Section>> hidden = new IdentityHashMap<>();
        narrower.stream().filter(part -> !seen.contains(part)).forEach(part -> hidden
                .computeIfAbsent(part.report(), r -> EnumSet.noneOf(SituationReport.Section.class)).add(part.section()));
        List<SituationReport> items = visible.items().stream()
                .map(r -> r.without(hidden.getOrDefault(r, Set.of()))).toList();
        return new Reports(items, visible.withheld(), narrower.size() - seen.size());
    }

    /**
     * Reports the viewer may read whose summary, response actions or needs contain the text. The red lines apply
     * before the text is matched, and the withheld count is the same whatever the text, so a search cannot tell
     * whether a hidden report would have matched.
     */
    @Transactional(readOnly = true)
    public Reports search(Actor actor, long crisisId, String text) {
        return search(actor, get(actor, crisisId), text);
    }

    /** The same, for a crisis the caller has just read through {@link #get}. */
    @Transactional(readOnly = true)
    public Reports search(Actor actor, Crisis crisis, String text) {
        Reports visible = reports(actor, crisis, Disclosure.Purpose.LIST);
        if (text == null || text.isBlank()) {
            return visible;
        }
        if (text.length() > 200) {
            throw InvalidInput.tooLong("q", 200);
        }
        String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
        return new Reports(visible.items().stream().filter(r -> matches(r, needle)).toList(),
                visible.withheld(), visible.sectionsWithheld());
    }

    private static boolean matches(SituationReport r, String needle) {
        StringBuilder haystack = new StringBuilder(r.summary()).append(' ')
                .append(r.responseActions() == null ? "" : r.responseActions());
        r.needs().forEach(n -> haystack.append(' ').append(n.need()).append(' ').append(n.gap() == null ? "" : n.gap()));
        return haystack.toString().toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    @Transactional(readOnly = true)
    public SituationReport report(Actor actor, long crisisId, long reportId) {
        Crisis crisis = get(actor, crisisId);
        SituationReport report = reports.findById(reportId).filter(r -> r.crisis().equals(crisis.id()))
                .orElseThrow(() -> new NotFound("situation report", reportId));
        // A refused reader is told "not found", so that it cannot learn that the report exists.
        return readable(actor, List.of(report), Disclosure.Purpose.READ).items().stream().findFirst()
                .orElseThrow(() -> new NotFound("situation report", reportId));
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(Actor actor, long crisisId) {
        Crisis crisis = get(actor, crisisId);
        List<SituationReport> all = reportRows.ofCrisis(crisis.id());
        Reports visible = readable(actor, all, Disclosure.Purpose.READ);
        Map<PartyCode, SituationReport> latest = new LinkedHashMap<>();
        visible.items().forEach(r -> latest.putIfAbsent(r.reportingParty(), r));
        // Newest first: a figure keeps the first value found, so a report that leaves a figure out (a short security
        // note, say) does not blank what the party reported earlier.
        Map<PartyCode, Map<String, Long>> byParty = new LinkedHashMap<>();
        for (SituationReport r : visible.items()) {
            Map<String, Long> figures = byParty.computeIfAbsent(r.reportingParty(), p -> new LinkedHashMap<>());
            r.figures().byName().forEach((name, value) -> {
                if (value != null) {
                    figures.putIfAbsent(name, value);
                }
            });
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        KeyFigures.HXL.keySet().forEach(name -> totals.put(name, null));
        byParty.values().forEach(figures -> figures.forEach((name, value) ->
                totals.merge(name, value, (a, b) -> a == null ? b : a + b)));
        Instant now = clock.instant();
        List<Reporting> reporting = new ArrayList<>();
        for (PartyCode party : crisis.affectedParties()) {
            // Whether a party reported on time is not itself classified; the content of its reports is.
            Optional<Instant> last = all.stream().filter(r -> r.reportingParty().equals(party))
                    .map(SituationReport::submittedAt).findFirst();
            Instant due = crisis.nextReportDue(last.orElse(null));
            reporting.add(new Reporting(party, last.orElse(null), due, crisis.isActive() && now.isAfter(due)));
        }
        return new Dashboard(crisis, List.copyOf(latest.values()), byParty, totals, visible.withheld(),
                visible.sectionsWithheld(), reporting);
    }

    Crisis find(long id) {
        return crisisRows.find(id).orElseThrow(() -> new NotFound("crisis", id));
    }

    /** Whether a crisis with this id exists, for another module checking a reference to it. */
    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return crises.existsById(id);
    }

    /**
     * A crisis without the red lines, for a caller that reads for no one (an event listener) or for someone the crisis
     * was already named to (the holder of a level notice's link). Every other reader goes through {@link #get}.
     */
    @Transactional(readOnly = true)
    public Crisis withoutRedLines(long id) {
        return find(id);
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    Crisis save(Crisis crisis) {
        return crises.save(crisis);
    }

    private PartyCode actingParty(Actor actor, Crisis crisis) {
        if (actor.hasAnyRole(Role.SECRETARIAT)) {
            return actor.primaryParty().orElse(crisis.leadParty());
        }
        return actor.memberships().stream()
                .filter(m -> m.roles().contains(Role.FOCAL_POINT))
                .map(Actor.Membership::party)
                .filter(p -> p.equals(crisis.leadParty()) || crisis.affectedParties().contains(p))
                .findFirst()
                .orElseThrow(() -> new AccessDenied("the timeline is kept by the lead and affected parties"));
    }

    private void requireParty(String field, PartyCode party) {
        if (!parties.exists(party)) {
            throw new InvalidInput(field, "no party with code " + party);
        }
    }
}
