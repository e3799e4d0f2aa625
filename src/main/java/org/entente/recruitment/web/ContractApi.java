package org.entente.recruitment.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.entente.recruitment.Contracts;
import org.entente.recruitment.Sector;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Contracts a worker can verify: registration with every rule, verification by code, SDG 10.7.1. */
@RestController
@Tag(name = "Contracts", description = "Recruitment contracts registered by recruiters, checked by the rules, "
        + "verified by workers with a code; SDG 10.7.1 (MIG-8)")
class ContractApi {

    record VerificationRequest(String code) {
    }

    record AgentRequest(String username) {
    }

    record MinimumWageRequest(BigDecimal amount, String currency) {
    }

    private final Contracts contracts;

    ContractApi(Contracts contracts) {
        this.contracts = contracts;
    }

    @PostMapping("/api/v1/contracts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a contract (an account acting for the recruiter, or an officer of a party that "
            + "licensed it): the terms, costs [{kind, amount, currency, paidBy}], the worker {name, passportNumber, "
            + "reference}; answers 201 with verificationCode (for the worker, shown once) and every rule's result")
    Contracts.Registered register(Actor actor, @RequestBody Contracts.Draft draft) {
        return contracts.register(actor, draft);
    }

    @PostMapping("/api/v1/contracts/verification")
    @Operation(summary = "The registered terms a verification code shows, and the rules' results: public, never the "
            + "worker's identity; 404 for any code that is not one")
    Contracts.Verified verify(@RequestBody VerificationRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw InvalidInput.required("code");
        }
        return contracts.verify(request.code());
    }

    @GetMapping("/api/v1/contracts/{id}/worker")
    @Operation(summary = "The worker named in a contract: the recruiter's own accounts and its licensing party only")
    Contracts.Worker worker(Actor actor, @PathVariable long id) {
        return contracts.worker(actor, id);
    }

    @PostMapping("/api/v1/recruiters/{id}/agents")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Name an account that acts for the recruiter (an officer of a party that licensed it)")
    void agent(Actor actor, @PathVariable long id, @RequestBody AgentRequest request) {
        contracts.nameAgent(actor, id, request.username());
    }

    @PutMapping("/api/v1/minimum-wages/{country}/{sector}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A destination's monthly minimum wage for a sector, against which contracts are checked "
            + "(that party's FOCAL_POINT or INSPECTOR)")
    void minimumWage(Actor actor, @PathVariable String country, @PathVariable Sector sector,
            @RequestBody MinimumWageRequest request) {
        contracts.declareMinimumWage(actor, country, sector, request.amount(), request.currency());
    }

    @GetMapping("/api/v1/recruitment/sdg-10-7-1")
    @Operation(summary = "SDG indicator 10.7.1 per journey from registered contracts: recruitment cost borne by the "
            + "worker as a percentage of monthly earnings; withheld where fewer than 11 contracts make it")
    List<Contracts.Indicator> sdg() {
        return contracts.sdg1071();
    }
}
