package org.entente.monitoring.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.entente.monitoring.Channel;
import org.entente.monitoring.Evidence;
import org.entente.monitoring.ReportingCalendar;
import org.entente.monitoring.Submissions;
import org.entente.monitoring.ValuesCsv;
import org.entente.monitoring.Verdict;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Monitoring", description = "Indicator reporting and its verification (MIG-4, MIG-5)")
class MonitoringApi {

    private final Submissions submissions;
    private final ReportingCalendar calendar;
    private final org.entente.monitoring.Scorecard scorecard;
    private final org.entente.monitoring.OpenValues openValues;

    private final org.entente.monitoring.Evidence evidence;

    MonitoringApi(Submissions submissions, ReportingCalendar calendar, org.entente.monitoring.Scorecard scorecard,
            org.entente.monitoring.OpenValues openValues, org.entente.monitoring.Evidence evidence) {
        this.evidence = evidence;
        this.openValues = openValues;
        this.submissions = submissions;
        this.calendar = calendar;
        this.scorecard = scorecard;
    }

    record CellView(String party, String module, int indicatorsJudged, int onTrack, Double onTrackShare,
            int valuesDue, int reportedOnTime, Double onTimeShare, int valuesReported, int valuesVerified,
            Double verifiedShare, Double medianDaysToVerify, int indicatorsImproving, int indicatorsWorsening) {
    }

    record VerificationRequest(Verdict verdict, String note) {
    }

    record SubmissionView(Submissions.Stored submission, List<Submissions.Value> values) {
    }

    record ObligationView(String compact, String module, String indicator, String period, String dueOn, String state) {
    }

    @PostMapping("/api/v1/monitoring/submissions")
    @Operation(summary = "Report a party's values for one period (its FOCAL_POINT). Answers an import summary: "
            + "counts imported, updated and ignored, each conflict with the value's index, field and reason, warnings "
            + "that do not block, and the indicators still missing; good values are written, bad ones are not, and "
            + "dryRun writes nothing")
    Submissions.ImportSummary submit(Actor actor, @RequestBody Submissions.Submission submission) {
        return submissions.submit(actor, submission, Channel.API);
    }

    @GetMapping("/api/v1/monitoring/submissions/{id}")
    @Operation(summary = "A submission and its values (the party's members, monitors, the secretariat)")
    SubmissionView submission(Actor actor, @PathVariable long id) {
        return new SubmissionView(submissions.get(actor, id), submissions.valuesOf(actor, id));
    }

    @PostMapping("/api/v1/monitoring/submissions/{id}/verification")
    @Operation(summary = "Verify a submission, or dispute it with a reason (a MONITOR of another party); a verified "
            + "value is locked")
    Submissions.Stored verify(Actor actor, @PathVariable long id, @RequestBody VerificationRequest request) {
        return submissions.verify(actor, id, request.verdict(), request.note());
    }

    record ReopeningRequest(String reason) {
    }

    @PostMapping("/api/v1/monitoring/submissions/{id}/reopening")
    @Operation(summary = "Re-open a verified submission with a documented reason (SECRETARIAT): its values are "
            + "unlocked for the party to correct")
    Submissions.Stored reopen(Actor actor, @PathVariable long id, @RequestBody ReopeningRequest request) {
        return submissions.reopen(actor, id, request.reason());
    }

    @PostMapping(path = "/api/v1/monitoring/submissions/{id}/evidence",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @Operation(summary = "File evidence on a submission being verified or disputed (a MONITOR of another party, or "
            + "the party's FOCAL_POINT): a PDF, image, spreadsheet or text file up to 5 MB, kept with its SHA-256")
    org.entente.monitoring.Evidence.Filed attach(Actor actor, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestPart(required = false)
            org.springframework.web.multipart.MultipartFile file,
            @RequestParam(required = false) String note) throws java.io.IOException {
        if (file == null) {
            throw org.entente.shared.InvalidInput.coded("file", "choose a file", "monitoring.invalid.evidence");
        }
        return evidence.attach(actor, id, file.getOriginalFilename(), file.getSize() > Evidence.MOST_BYTES
                ? new byte[Evidence.MOST_BYTES + 1] : file.getBytes(), note);
    }

    @GetMapping("/api/v1/monitoring/submissions/{id}/evidence")
    @Operation(summary = "The evidence filed on a submission, with each file's SHA-256 (the submission's readers); "
            + "each file at /monitoring/evidence/{id}")
    List<org.entente.monitoring.Evidence.Filed> evidence(Actor actor, @PathVariable long id) {
        return evidence.of(actor, id);
    }

    @GetMapping("/api/v1/monitoring/obligations")
    @Operation(summary = "What a party owes for a compact, period by period, with each one's state (its members)")
    List<ObligationView> obligations(Actor actor, @RequestParam String compact, @RequestParam String party) {
        PartyCode code = PartyCode.of(party);
        if (!actor.isMemberOf(code)) {
            throw new org.entente.shared.AccessDenied("only " + code + "'s members read what it owes");
        }
        return calendar.obligations(compact, code).stream().map(o -> new ObligationView(o.compact(), o.module(),
                o.indicator().code(), o.period().toString(), o.dueOn().toString(), o.state().name())).toList();
    }

    @GetMapping("/api/v1/compacts/{code}/scorecard")
    @Operation(summary = "The compact's public scorecard: per party and module, indicators on track (of those judged), "
            + "values reported on time (of those due), values verified (of those reported), and the median days to "
            + "verification; as JSON, or CSV with an HXL hashtag row (?format=csv)")
    ResponseEntity<?> scorecard(@PathVariable String code, @RequestParam(required = false) String format) {
        var card = scorecard.of(code);
        List<CellView> cells = card.rows().stream().flatMap(r -> r.cells().stream().map(c -> new CellView(
                r.party().value(), c.module(), c.judged(), c.onTrack(), share(c.onTrackShare()), c.owed(), c.onTime(),
                share(c.onTimeShare()), c.reported(), c.verified(), share(c.verifiedShare()), c.medianDaysToVerify(),
                c.improving(), c.worsening())))
                .toList();
        if ("csv".equalsIgnoreCase(format)) {
            StringBuilder csv = new StringBuilder("party,module,indicators_judged,on_track,values_due,reported_on_time,"
                    + "values_reported,values_verified,median_days_to_verify,indicators_improving,indicators_worsening\n"
                    + "#country+code,#sector+module,#indicator+num+judged,#indicator+num+on_track,#value+due,"
                    + "#value+on_time,#value+reported,#value+verified,#value+days_to_verify,#indicator+num+improving,"
                    + "#indicator+num+worsening\n");
            cells.forEach(c -> csv.append(c.party()).append(',').append(c.module()).append(',')
                    .append(c.indicatorsJudged()).append(',').append(c.onTrack()).append(',').append(c.valuesDue())
                    .append(',').append(c.reportedOnTime()).append(',').append(c.valuesReported()).append(',')
                    .append(c.valuesVerified()).append(',')
                    .append(c.medianDaysToVerify() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f",
                            c.medianDaysToVerify())).append(',').append(c.indicatorsImproving()).append(',')
                    .append(c.indicatorsWorsening()).append('\n'));
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + code + "-scorecard.csv\"")
                    .body(csv.toString());
        }
        return ResponseEntity.ok(Map.of("compact", code, "modules", card.modules(), "cells", cells));
    }

    private static Double share(java.util.OptionalDouble share) {
        return share.isPresent() ? share.getAsDouble() : null;
    }

    @GetMapping("/api/v1/compacts/{code}/values")
    @Operation(summary = "The compact's verified values: open data, as JSON, CSV with an HXL hashtag row "
            + "(?format=csv), or ADX for DHIS2 (?format=adx)")
    ResponseEntity<?> values(Actor actor, @PathVariable String code, @RequestParam(required = false) String format) {
        List<org.entente.monitoring.OpenValues.Published> verified = openValues.of(actor, code);
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + code + "-values.csv\"")
                    .body(ValuesCsv.of(verified));
        }
        if ("adx".equalsIgnoreCase(format)) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("application", "adx+xml", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + code + "-values.adx.xml\"")
                    .body(org.entente.monitoring.ValuesAdx.of(code, verified, java.time.Instant.now()));
        }
        return ResponseEntity.ok(Map.of("compact", code, "values", verified.stream().map(p -> {
            Map<String, Object> v = new java.util.LinkedHashMap<>();
            v.put("indicator", p.value().indicator());
            v.put("party", p.value().party().value());
            v.put("period", p.value().period());
            v.put("disaggregation", p.value().disaggregation());
            v.put("value", p.amount());
            v.put("status", p.withheld() ? "WITHHELD" : p.value().status().name());
            v.put("verifiedAt", String.valueOf(p.value().verifiedAt()));
            return v;
        }).toList()));
    }
}
