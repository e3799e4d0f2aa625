package org.entente.mobility.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.entente.mobility.Benefit;
import org.entente.mobility.Mobility;
import org.entente.mobility.Totalisation;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Recognition of qualifications and portability of social protection: public questions, parties' answers. */
@RestController
@Tag(name = "Mobility", description = "Recognition of qualifications and portability of social protection (MIG-9)")
class MobilityApi {

    private final Mobility mobility;

    MobilityApi(Mobility mobility) {
        this.mobility = mobility;
    }

    @GetMapping("/api/v1/mobility/qualifications")
    @Operation(summary = "Every party's qualifications: title, ISCED level, the ISCO-08 occupations they open; public")
    List<Mobility.Qualification> qualifications() {
        return mobility.qualifications();
    }

    @GetMapping("/api/v1/mobility/recognition")
    @Operation(summary = "Is qualification X recognised in party B for occupation Y (ISCO-08)? FULL, PARTIAL with "
            + "conditions, NONE, or no decision yet (outcome null), with route and legal basis; public")
    Mobility.Answer recognition(@RequestParam long qualification, @RequestParam String in,
            @RequestParam String occupation) {
        return mobility.ask(qualification, in, occupation);
    }

    @GetMapping("/api/v1/mobility/totalisation")
    @Operation(summary = "Which contribution periods count where for a benefit: months=XAR:48,XCO:72; each party's "
            + "months counted, whether the worker qualifies, its pro-rata share, whether it is paid abroad, and every "
            + "step as a message key with arguments; public")
    List<Totalisation.Outcome> totalisation(@RequestParam Benefit benefit, @RequestParam String months) {
        return mobility.totalise(benefit, periods(months));
    }

    /** "XAR:48,XCO:72" as periods; a clear error naming the field otherwise. */
    static List<Totalisation.Period> periods(String typed) {
        List<Totalisation.Period> periods = new ArrayList<>();
        for (String part : typed.split(",")) {
            String[] pair = part.strip().split(":");
            try {
                if (pair.length != 2 || pair[0].isBlank()) {
                    throw new NumberFormatException();
                }
                periods.add(new Totalisation.Period(pair[0].strip().toUpperCase(Locale.ROOT),
                        Integer.parseInt(pair[1].strip())));
            } catch (NumberFormatException e) {
                throw InvalidInput.coded("months", "months per country, as XAR:48,XCO:72", "mobility.months");
            }
        }
        return periods;
    }

    @PostMapping("/api/v1/mobility/qualifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add one of the caller's party's qualifications (FOCAL_POINT)")
    Mobility.Qualification addQualification(Actor actor, @RequestBody Mobility.NewQualification q) {
        return mobility.addQualification(actor, q);
    }

    @PostMapping("/api/v1/mobility/recognitions")
    @Operation(summary = "Record how the caller's party recognises another party's qualification for an occupation "
            + "(FOCAL_POINT): outcome, route, conditions (for PARTIAL), legal basis")
    Mobility.Answer recognise(Actor actor, @RequestBody Mobility.NewRecognition r) {
        return mobility.recognise(actor, r);
    }

    @PostMapping("/api/v1/mobility/schemes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set one of the caller's party's schemes: benefit, name, the months of contributions needed")
    void scheme(Actor actor, @RequestBody Mobility.NewScheme s) {
        mobility.addScheme(actor, s);
    }

    @PostMapping("/api/v1/mobility/agreements")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a portability agreement with another party for a benefit: totalisation, export, "
            + "legal basis, in force from")
    void agreement(Actor actor, @RequestBody Mobility.NewAgreement a) {
        mobility.addAgreement(actor, a);
    }
}
