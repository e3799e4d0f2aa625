package org.entente.recruitment.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.entente.recruitment.Inspections;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Labour inspections: planned and recorded by the inspecting party, public once done, and their public figures. */
@RestController
@Tag(name = "Inspections", description = "Labour inspections of recruiters and workplaces, their findings, and the "
        + "public figures of inspections and sanctions (MIG-8)")
class InspectionApi {

    private final Inspections inspections;

    InspectionApi(Inspections inspections) {
        this.inspections = inspections;
    }

    @PostMapping("/api/v1/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan an inspection (an inspecting party's FOCAL_POINT or INSPECTOR): recruiterId, site "
            + "(RECRUITER, WORKPLACE), place, sector, corridor, plannedOn")
    Inspections.Inspection plan(Actor actor, @RequestBody Inspections.Plan plan) {
        return inspections.plan(actor, plan);
    }

    @PostMapping("/api/v1/inspections/{id}/report")
    @Operation(summary = "Record the inspection done: doneOn, findings [{standard, compliant, note}], followUpOn, "
            + "summary; it is public from then on")
    Inspections.Inspection record(Actor actor, @PathVariable long id, @RequestBody Inspections.Report report) {
        return inspections.record(actor, id, report);
    }

    @GetMapping("/api/v1/inspections/{id}")
    @Operation(summary = "A done inspection with its findings: public (a planned one is not found)")
    Inspections.Inspection get(@PathVariable long id) {
        Inspections.Inspection inspection = inspections.get(id);
        if (!inspection.isDone()) {
            throw new NotFound("inspection", id);
        }
        return inspection;
    }

    @GetMapping("/api/v1/inspections/statistics")
    @Operation(summary = "Public figures: done inspections, those with a violation, and final sanctions, by inspecting "
            + "party, sector and journey; counts from 1 to 10 withheld. ?format=csv with an HXL row")
    ResponseEntity<?> statistics(@RequestParam(required = false) String format) {
        List<Inspections.Breakdown> figures = inspections.statistics();
        if ("csv".equalsIgnoreCase(format)) {
            StringBuilder csv = new StringBuilder("dimension,key,inspections,with_violations,final_sanctions\n");
            csv.append("#indicator+dimension,#indicator+key,#indicator+inspections+num,#indicator+violations+num,"
                    + "#indicator+sanctions+num\n");
            for (Inspections.Breakdown b : figures) {
                for (int i = 0; i < b.inspections().size(); i++) {
                    csv.append(b.dimension()).append(',').append(b.inspections().get(i).key()).append(',')
                            .append(shown(b.inspections().get(i))).append(',').append(shown(b.withViolations().get(i)))
                            .append(',').append(shown(b.sanctions().get(i))).append('\n');
                }
            }
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"inspection-statistics.csv\"")
                    .body(csv.toString());
        }
        if (format != null && !"json".equalsIgnoreCase(format)) {
            throw InvalidInput.coded("format", "must be json or csv", "recruitment.format");
        }
        return ResponseEntity.ok(figures);
    }

    /** A count as the CSV writes it: the number, or "<11" when withheld. */
    private static String shown(Inspections.Cell cell) {
        return cell.value() == null ? "<11" : cell.value().toString();
    }
}
