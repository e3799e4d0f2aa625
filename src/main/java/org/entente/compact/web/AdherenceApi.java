package org.entente.compact.web;

import org.entente.compact.Adherence;
import org.entente.compact.AdherenceDesk;
import org.entente.compact.Compact;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.web.AdherenceJson.AdherenceView;
import org.entente.compact.web.AdherenceJson.DeclarationRequest;
import org.entente.compact.web.AdherenceJson.MatrixJson;
import org.entente.compact.web.AdherenceJson.ReturnRequest;
import org.entente.shared.Actor;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/compacts/{code}/adherence")
@Tag(name = "Adherence", description = "Opting in to modules, with adaptations, targets and dates (MIG-2)")
class AdherenceApi {

    private final AdherenceDesk desk;
    private final CompactCatalogue catalogue;

    AdherenceApi(AdherenceDesk desk, CompactCatalogue catalogue) {
        this.desk = desk;
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "The adherence matrix, parties by modules; ?format=csv for CSV with an HXL hashtag row")
    ResponseEntity<?> matrix(Actor actor, @PathVariable String code,
            @RequestParam(required = false, defaultValue = "json") String format) {
        AdherenceDesk.Matrix matrix = desk.matrix(actor, code);
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + code + "-adherence.csv\"")
                    .body(AdherenceJson.csv(matrix));
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw new org.entente.shared.InvalidInput("format", "must be json or csv");
        }
        return ResponseEntity.ok(MatrixJson.of(matrix));
    }

    @GetMapping("/{party}")
    @Operation(summary = "One party's adherence; return reasons only to the party and the secretariat")
    AdherenceView get(Actor actor, @PathVariable String code, @PathVariable String party) {
        Compact compact = catalogue.get(actor, code).compact();
        Adherence adherence = desk.of(code, PartyCode.of(party))
                .orElseThrow(() -> new NotFound("adherence", code + "/" + party));
        return AdherenceView.of(code, adherence, actor, compact);
    }

    @PutMapping("/{party}")
    @Operation(summary = "Declare (or re-declare) the party's adherence (the party's FOCAL_POINT)")
    AdherenceView declare(Actor actor, @PathVariable String code, @PathVariable String party,
            @RequestBody DeclarationRequest request) {
        Adherence adherence = desk.declare(actor, code, PartyCode.of(party), request.declaration());
        return AdherenceView.of(code, adherence, actor, catalogue.readable(actor, code));
    }

    @PostMapping("/{party}/acceptance")
    @Operation(summary = "Accept a declaration (the compact's secretariat); may bring the compact into force")
    AdherenceView accept(Actor actor, @PathVariable String code, @PathVariable String party) {
        return AdherenceView.of(code, desk.accept(actor, code, PartyCode.of(party)), actor, catalogue.readable(actor, code));
    }

    @PostMapping("/{party}/return")
    @Operation(summary = "Return a declaration with reasons (the compact's secretariat)")
    AdherenceView giveBack(Actor actor, @PathVariable String code, @PathVariable String party,
            @RequestBody ReturnRequest request) {
        return AdherenceView.of(code, desk.giveBack(actor, code, PartyCode.of(party), request.reasons()), actor,
                catalogue.readable(actor, code));
    }

    @PostMapping("/{party}/withdrawal")
    @Operation(summary = "Withdraw (the party's FOCAL_POINT); binding adherence ends after the notice period")
    AdherenceView withdraw(Actor actor, @PathVariable String code, @PathVariable String party) {
        return AdherenceView.of(code, desk.withdraw(actor, code, PartyCode.of(party)), actor, catalogue.readable(actor, code));
    }

    @PostMapping("/{party}/modules/{module}/reconfirmation")
    @Operation(summary = "Re-confirm adherence to an amended module (the party's FOCAL_POINT)")
    AdherenceView reconfirm(Actor actor, @PathVariable String code, @PathVariable String party,
            @PathVariable String module) {
        return AdherenceView.of(code, desk.reconfirm(actor, code, PartyCode.of(party), module), actor,
                catalogue.readable(actor, code));
    }
}
