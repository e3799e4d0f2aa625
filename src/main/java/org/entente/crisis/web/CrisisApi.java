package org.entente.crisis.web;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.CrisisType;
import org.entente.crisis.DecisionRight;
import org.entente.crisis.FiguresCsv;
import org.entente.crisis.KeyFigures;
import org.entente.crisis.Need;
import org.entente.crisis.Sector;
import org.entente.crisis.SituationReport;
import org.entente.crisis.TimelineEvent;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.sharing.Disclosure;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/crises")
@Tag(name = "Crises", description = "Crises, timelines and situation reports under red lines (CRI-2, CRI-3)")
class CrisisApi {

    /** How many reports the red lines kept from the caller. */
    static final String WITHHELD = "Entente-Withheld";
    static final String WITHHELD_SECTIONS = "Entente-Withheld-Sections";

    private final CrisisRoom room;

    CrisisApi(CrisisRoom room) {
        this.room = room;
    }

    record CrisisRequest(String code, String name, CrisisType type, String leadParty, List<String> affected,
            String areas, Classification classification, Integer reportEveryHours) {
        Crisis.Declaration declaration() {
            Set<PartyCode> parties = new LinkedHashSet<>();
            if (affected != null) {
                for (int i = 0; i < affected.size(); i++) {
                    try {
                        parties.add(PartyCode.of(affected.get(i)));
                    } catch (InvalidInput e) {
                        throw new InvalidInput("affected[" + i + "]", e.problems().get(0).message());
                    }
                }
            }
            return new Crisis.Declaration(code, name, type, leadParty == null ? null : PartyCode.of(leadParty), parties,
                    areas, classification, reportEveryHours == null ? 24 : reportEveryHours);
        }
    }

    record EventRequest(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CrisisView(long id, String code, String name, CrisisType type, String leadParty, List<String> affected,
            String areas, Classification classification, int reportEveryHours, Instant startedAt, Instant closedAt,
            List<TimelineEvent> timeline) {
        static CrisisView of(Crisis c, boolean withTimeline) {
            return new CrisisView(c.id(), c.code(), c.name(), c.type(), c.leadParty().value(),
                    c.affectedParties().stream().map(PartyCode::value).toList(), c.areas(), c.classification(),
                    c.reportEveryHours(), c.startedAt(), c.closedAt(), withTimeline ? c.timeline() : null);
        }
    }

    record NeedJson(Sector sector, String need, String gap) {
    }

    /** The classification of each section; one left out is classified as the report. */
    record SectionsJson(Classification figures, Classification needs, Classification responseActions) {
        SituationReport.Sections sections() {
            return new SituationReport.Sections(figures, needs, responseActions);
        }

        static SectionsJson of(SituationReport r) {
            return new SectionsJson(r.classificationOf(SituationReport.Section.FIGURES),
                    r.classificationOf(SituationReport.Section.NEEDS), r.classificationOf(SituationReport.Section.ACTIONS));
        }
    }

    record SitrepRequest(String party, Instant periodStart, Instant periodEnd, String summary,
            Classification classification, List<String> recipients, KeyFigures figures, List<NeedJson> needs,
            String responseActions, Instant nextReportDue, SectionsJson sections) {
        SituationReport.Content content() {
            Set<PartyCode> to = new LinkedHashSet<>();
            if (recipients != null) {
                recipients.forEach(r -> to.add(PartyCode.of(r)));
            }
            List<Need> list = new java.util.ArrayList<>();
            if (needs != null) {
                for (int i = 0; i < needs.size(); i++) {
                    NeedJson n = needs.get(i);
                    try {
                        list.add(new Need(n == null ? null : n.sector(), n == null ? null : n.need(), n == null ? null : n.gap()));
                    } catch (InvalidInput e) {
                        throw e.under("needs[" + i + "]");
                    }
                }
            }
            return new SituationReport.Content(periodStart, periodEnd, summary, classification, to, figures, list,
                    responseActions, nextReportDue, sections == null ? null : sections.sections());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SitrepView(long id, String crisis, String reportingParty, Classification classification,
            SectionsJson sections, List<String> recipients, Instant periodStart, Instant periodEnd, String summary,
            KeyFigures figures, List<Need> needs, String responseActions, List<String> withheldSections,
            Instant nextReportDue, Instant submittedAt) {
        static SitrepView of(Crisis c, SituationReport r) {
            return new SitrepView(r.id(), c.code(), r.reportingParty().value(), r.classification(),
                    SectionsJson.of(r),
                    r.recipients().isEmpty() ? null : r.recipients().stream().map(PartyCode::value).toList(),
                    r.periodStart(), r.periodEnd(), r.summary(),
                    r.withholds(SituationReport.Section.FIGURES) ? null : r.figures(),
                    r.withholds(SituationReport.Section.NEEDS) ? null : r.needs(), r.responseActions(),
                    r.withheldSections().isEmpty() ? null
                            : r.withheldSections().stream().map(SituationReport.Section::field).toList(),
                    r.nextReportDue(), r.submittedAt());
        }
    }

    record ReportingView(String party, Instant lastReport, Instant due, boolean late) {
        static ReportingView of(CrisisRoom.Reporting r) {
            return new ReportingView(r.party().value(), r.lastReport(), r.due(), r.late());
        }
    }

    record DashboardView(CrisisView crisis, Map<String, Long> totals, Map<String, Map<String, Long>> byParty,
            Map<String, String> hxl, List<SitrepView> latest, int withheld, int sectionsWithheld,
            List<ReportingView> reporting) {
    }

    @GetMapping
    @Operation(summary = "The crises the caller may see, newest first")
    List<CrisisView> list(Actor actor) {
        return room.visible(actor).stream().map(c -> CrisisView.of(c, false)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a crisis (SECRETARIAT, ADMIN, or the lead party's FOCAL_POINT)")
    CrisisView open(Actor actor, @RequestBody CrisisRequest request) {
        return CrisisView.of(room.open(actor, request.declaration()), true);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One crisis with its timeline")
    CrisisView get(Actor actor, @PathVariable long id) {
        return CrisisView.of(room.get(actor, id), true);
    }

    @PostMapping("/{id}/events")
    @Operation(summary = "Add to the timeline (the lead or an affected party's FOCAL_POINT, or the SECRETARIAT)")
    CrisisView event(Actor actor, @PathVariable long id, @RequestBody EventRequest request) {
        return CrisisView.of(room.recordEvent(actor, id, request.text()), true);
    }

    record RightsRequest(List<DecisionRight> rights) {
    }

    @GetMapping("/{id}/decision-rights")
    @Operation(summary = "Who decides priorities for each kind of resource (default: the lead party's focal point)")
    List<DecisionRight> rights(Actor actor, @PathVariable long id) {
        return room.get(actor, id).decisionRights();
    }

    @org.springframework.web.bind.annotation.PutMapping("/{id}/decision-rights")
    @Operation(summary = "Assign decision rights (the lead party's FOCAL_POINT or the SECRETARIAT)")
    List<DecisionRight> assign(Actor actor, @PathVariable long id, @RequestBody RightsRequest request) {
        if (request.rights() == null) {
            throw InvalidInput.required("rights");
        }
        return room.assignDecisionRights(actor, id, request.rights()).decisionRights();
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the crisis (the lead party's FOCAL_POINT or the SECRETARIAT)")
    CrisisView close(Actor actor, @PathVariable long id) {
        return CrisisView.of(room.close(actor, id), true);
    }

    @GetMapping("/{id}/sitreps")
    @Operation(summary = "The situation reports the caller may see, newest first, optionally those containing q; "
            + "the Entente-Withheld header counts the others, and Entente-Withheld-Sections the sections left out of "
            + "readable ones")
    ResponseEntity<List<SitrepView>> sitreps(Actor actor, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String q) {
        Crisis crisis = room.get(actor, id);
        var visible = room.search(actor, crisis, q);
        return ResponseEntity.ok().header(WITHHELD, String.valueOf(visible.withheld()))
                .header(WITHHELD_SECTIONS, String.valueOf(visible.sectionsWithheld()))
                .body(visible.items().stream().map(r -> SitrepView.of(crisis, r)).toList());
    }

    @PostMapping("/{id}/sitreps")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a situation report for a party (that party's FOCAL_POINT)")
    SitrepView submit(Actor actor, @PathVariable long id, @RequestBody SitrepRequest request) {
        if (request.party() == null) {
            throw new InvalidInput("party", "is required: the party the report is for");
        }
        Crisis crisis = room.get(actor, id);
        return SitrepView.of(crisis, room.submit(actor, id, PartyCode.of(request.party()), request.content()));
    }

    @GetMapping("/{id}/sitreps/{reportId}")
    @Operation(summary = "One situation report, if the caller may read it")
    SitrepView sitrep(Actor actor, @PathVariable long id, @PathVariable long reportId) {
        return SitrepView.of(room.get(actor, id), room.report(actor, id, reportId));
    }

    @GetMapping("/{id}/dashboard")
    @Operation(summary = "The latest figures the caller may see, their totals, what was withheld, and who is late")
    DashboardView dashboard(Actor actor, @PathVariable long id) {
        CrisisRoom.Dashboard d = room.dashboard(actor, id);
        Map<String, Map<String, Long>> byParty = new java.util.LinkedHashMap<>();
        d.byParty().forEach((party, figures) -> byParty.put(party.value(), figures));
        return new DashboardView(CrisisView.of(d.crisis(), false), d.totals(), byParty, KeyFigures.HXL,
                d.latest().stream().map(r -> SitrepView.of(d.crisis(), r)).toList(), d.withheld(), d.sectionsWithheld(),
                d.reporting().stream().map(ReportingView::of).toList());
    }

    @GetMapping("/{id}/figures.csv")
    @Operation(summary = "The figures the caller may see, as CSV with an HXL hashtag row: one line per readable "
            + "report whose figures are readable; Entente-Withheld counts the reports withheld, "
            + "Entente-Withheld-Sections the readable reports whose figures were")
    ResponseEntity<String> figures(Actor actor, @PathVariable long id) {
        Crisis crisis = room.get(actor, id);
        var visible = room.reports(actor, id, Disclosure.Purpose.EXPORT);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + crisis.code() + "-figures.csv\"")
                .header(WITHHELD, String.valueOf(visible.withheld()))
                .header(WITHHELD_SECTIONS, String.valueOf(visible.items().stream()
                        .filter(r -> r.withholds(SituationReport.Section.FIGURES)).count()))
                .body(FiguresCsv.of(crisis, visible.items().stream()
                        .filter(r -> !r.withholds(SituationReport.Section.FIGURES)).toList()));
    }
}
