package org.entente.logistics.web;

import org.entente.logistics.CostSharing;
import org.entente.logistics.Shipment;
import org.entente.logistics.Shipments;
import org.entente.logistics.Transparency;
import java.util.List;
import java.util.Map;

import org.entente.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/logistics/crises/{id}")
@Tag(name = "Logistics", description = "Transparent cost sharing (CRI-7)")
class CostSharingApi {

    private final CostSharing costs;
    private final Transparency transparency;

    CostSharingApi(CostSharing costs, Transparency transparency) {
        this.costs = costs;
        this.transparency = transparency;
    }

    record PublicView(String crisis, List<Transparency.Allocation> allocations, Map<Shipment.Status, Integer> shipments,
            Transparency.Punctuality punctuality, CostSharing.Ledger costs) {
    }

    @GetMapping("/transparency")
    @Operation(summary = "What anyone may see: allocations and deliveries by requesting party and commodity, "
            + "shipments by stage and against their planned arrival, and costs by party (no routes, places or lots)")
    PublicView transparency(Actor actor, @PathVariable long id) {
        Transparency.View v = transparency.of(actor, id);
        return new PublicView(v.crisis().code(), v.allocations(), v.shipments(), v.punctuality(), v.costs());
    }

    @GetMapping("/cost-sharing")
    @Operation(summary = "The crisis's cost-sharing model and the ledger of shares by party (anyone who sees the crisis)")
    CostSharing.Ledger ledger(Actor actor, @PathVariable long id) {
        return costs.ledger(actor, id);
    }

    @PutMapping("/cost-sharing")
    @Operation(summary = "Set the model: EQUAL, BY_WEIGHTS (weights per party), REQUESTER_PAYS or CONTRIBUTOR_PAYS, with "
            + "optional caps per party (the lead party's FOCAL_POINT or the SECRETARIAT); applies to later dispatches")
    CostSharing.Terms set(Actor actor, @PathVariable long id, @RequestBody CostSharing.Terms terms) {
        return costs.set(actor, id, terms);
    }
}
