package org.entente.logistics;

import org.entente.logistics.allocation.AllocationEngine;
import org.entente.logistics.allocation.Instance;
import org.entente.logistics.allocation.Plan;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Logistics", description = "Allocation of pooled stock to requests, with routes (CRI-5)")
class AllocationApi {

    private final AllocationEngine engine = new AllocationEngine();

    @PostMapping("/api/v1/logistics/allocation/solve")
    @Operation(summary = "Solve a self-contained allocation instance (what-if; any logged-in user): coverage, then "
            + "equity, then cost, with each request's routes, shortfall reasons and the greedy baseline")
    Plan solve(Actor actor, @RequestBody Instance instance) {
        actor.requireAuthenticated();
        if (instance == null) {
            throw new InvalidInput("body", "an instance is required");
        }
        return engine.solve(instance.validate());
    }
}
