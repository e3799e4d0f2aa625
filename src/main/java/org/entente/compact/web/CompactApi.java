package org.entente.compact.web;

import org.entente.compact.CompactCatalogue;
import java.util.List;

import org.entente.compact.web.CompactJson.CompactView;
import org.entente.compact.web.CompactJson.ModuleRequest;
import org.entente.compact.web.CompactJson.ModuleView;
import org.entente.compact.web.CompactJson.TermsRequest;
import org.entente.compact.web.CompactJson.VersionSummary;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/compacts")
@Tag(name = "Compacts", description = "Modular compacts: modules, provisions, indicators, phases, sunsets (MIG-1)")
class CompactApi {

    private final CompactCatalogue catalogue;

    CompactApi(CompactCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Compacts the caller may see: open ones for anyone, drafts for logged-in partners")
    List<CompactView> list(Actor actor) {
        return catalogue.visible(actor).stream().map(c -> CompactView.of(c, null)).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "A compact with its modules' current texts")
    CompactView get(Actor actor, @PathVariable String code) {
        var view = catalogue.get(actor, code);
        return CompactView.of(view.compact(), view.modules().stream().map(ModuleView::of).toList());
    }

    @GetMapping("/{code}/modules/{module}/versions")
    @Operation(summary = "Every version of a module's text")
    List<VersionSummary> versions(Actor actor, @PathVariable String code, @PathVariable String module) {
        return catalogue.versions(actor, code, module).stream().map(VersionSummary::of).toList();
    }

    @GetMapping("/{code}/modules/{module}/versions/{number}")
    @Operation(summary = "One version of a module's text")
    ModuleView version(Actor actor, @PathVariable String code, @PathVariable String module, @PathVariable int number) {
        var view = catalogue.get(actor, code).module(module)
                .orElseThrow(() -> new org.entente.shared.NotFound("module", code + "/" + module));
        return ModuleView.of(view.module(), catalogue.text(actor, code, module, number), null);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a compact (SECRETARIAT or ADMIN of the secretariat party)")
    CompactView draft(Actor actor, @RequestBody TermsRequest request) {
        if (request.code() == null) {
            throw InvalidInput.required("code");
        }
        return CompactView.of(catalogue.draft(actor, request.code(), request.terms()), List.of());
    }

    @PutMapping("/{code}")
    @Operation(summary = "Revise a draft's terms (its secretariat); send the version you read")
    CompactView revise(Actor actor, @PathVariable String code, @RequestBody TermsRequest request) {
        return CompactView.of(catalogue.revise(actor, code, request.terms(), request.version()), null);
    }

    @PostMapping("/{code}/modules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a module to a draft (its secretariat)")
    ModuleView addModule(Actor actor, @PathVariable String code, @RequestBody ModuleRequest request) {
        return ModuleView.of(catalogue.addModule(actor, code, request.code(), request.content()));
    }

    @PutMapping("/{code}/modules/{module}")
    @Operation(summary = "Revise a draft module (its secretariat)")
    ModuleView reviseModule(Actor actor, @PathVariable String code, @PathVariable String module,
            @RequestBody ModuleRequest request) {
        return ModuleView.of(catalogue.reviseModule(actor, code, module, request.content()));
    }

    @DeleteMapping("/{code}/modules/{module}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a module from a draft (its secretariat)")
    void removeModule(Actor actor, @PathVariable String code, @PathVariable String module) {
        catalogue.removeModule(actor, code, module);
    }

    record DecisionRequest(CompactCatalogue.Decision decision, String reason) {
    }

    @PostMapping("/{code}/decisions")
    @Operation(summary = "Suspend, resume or terminate the compact with a reason (its secretariat)")
    CompactView decide(Actor actor, @PathVariable String code, @RequestBody DecisionRequest request) {
        if (request.decision() == null) {
            throw new InvalidInput("decision", "is required: SUSPEND, RESUME or TERMINATE");
        }
        return CompactView.of(catalogue.decide(actor, code, request.decision(), request.reason()), null);
    }

    @PostMapping("/{code}/opening")
    @Operation(summary = "Open the draft for adherence; its text is fixed from then on (its secretariat)")
    CompactView open(Actor actor, @PathVariable String code) {
        return CompactView.of(catalogue.open(actor, code), null);
    }
}
