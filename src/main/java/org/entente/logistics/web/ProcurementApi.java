package org.entente.logistics.web;

import org.entente.logistics.Pledge;
import org.entente.logistics.Pledges;
import org.entente.logistics.Procurement;
import java.util.List;
import java.util.Map;

import org.entente.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/logistics")
@Tag(name = "Logistics", description = "Mutual-aid pledges and joint procurement with OCDS export (CRI-4)")
class ProcurementApi {

    private final Pledges pledges;
    private final Procurement procurement;

    ProcurementApi(Pledges pledges, Procurement procurement) {
        this.pledges = pledges;
        this.procurement = procurement;
    }

    record Award(Long bid) {
    }

    @GetMapping("/crises/{id}/pledges")
    @Operation(summary = "A crisis's mutual-aid pledges (logged-in users who see the crisis)")
    List<PledgeView> pledges(Actor actor, @PathVariable long id) {
        return pledges.ofCrisis(actor, id).stream().map(PledgeView::of).toList();
    }

    @PostMapping("/crises/{id}/pledges")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Pledge a commodity FROM_STOCK at a warehouse or TO_PROCURE by a date (the party's FOCAL_POINT "
            + "or LOGISTICS_OFFICER); a pledge to procure that names the warehouse it will arrive at is offered to the "
            + "crisis's allocation plans from that date")
    PledgeView pledge(Actor actor, @PathVariable long id, @RequestBody Pledge.Offer offer) {
        return PledgeView.of(pledges.pledge(actor, id, offer));
    }

    /** The optional body of a fulfilment: the expiry date of the goods received for a pledge to procure. */
    record Fulfilment(java.time.LocalDate expiresOn) {
    }

    @PostMapping("/pledges/{id}/fulfilment")
    @Operation(summary = "Mark a pledge fulfilled (the pledging party); a pledge to procure that names a warehouse is "
            + "received there as lot PLEDGE-{id}, optionally with its expiresOn, and what approved plans reserved of it "
            + "stays reserved on the lot")
    PledgeView fulfil(Actor actor, @PathVariable long id,
            @RequestBody(required = false) Fulfilment body) {
        return PledgeView.of(pledges.close(actor, id, Pledge.Status.FULFILLED, body == null ? null : body.expiresOn()));
    }

    /** The body of a destination: the warehouse the goods of a pledge to procure will arrive at. */
    record Destination(String warehouse) {
    }

    @PostMapping("/pledges/{id}/destination")
    @Operation(summary = "Name or change the warehouse a pledge to procure will arrive at (the pledging party), while no "
            + "approved plan holds it; from then on the crisis's plans count its goods there from its date")
    PledgeView destine(Actor actor, @PathVariable long id, @RequestBody Destination body) {
        return PledgeView.of(pledges.destine(actor, id, body == null ? null : body.warehouse()));
    }

    @PostMapping("/pledges/{id}/withdrawal")
    @Operation(summary = "Withdraw a pledge (the pledging party), unless an approved plan holds it")
    PledgeView withdraw(Actor actor, @PathVariable long id) {
        return PledgeView.of(pledges.close(actor, id, Pledge.Status.WITHDRAWN));
    }

    @GetMapping("/tenders")
    @Operation(summary = "Joint tenders with their bids (logged-in users)")
    List<Procurement.Tender> tenders(Actor actor) {
        return procurement.all(actor);
    }

    @PostMapping("/tenders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a joint tender for participating parties (the buyer's LOGISTICS_OFFICER or FOCAL_POINT, "
            + "or the SECRETARIAT)")
    Procurement.Tender open(Actor actor, @RequestBody Procurement.Call call) {
        return procurement.open(actor, call);
    }

    @GetMapping("/tenders/{id}")
    @Operation(summary = "One tender")
    Procurement.Tender tender(Actor actor, @PathVariable long id) {
        actor.requireAuthenticated();
        return procurement.get(id);
    }

    @PostMapping("/tenders/{id}/bids")
    @Operation(summary = "Record a bid received, until the tender closes (the buyer)")
    Procurement.Tender bid(Actor actor, @PathVariable long id, @RequestBody Procurement.Offer offer) {
        return procurement.bid(actor, id, offer);
    }

    @PostMapping("/tenders/{id}/award")
    @Operation(summary = "Award a bid after the tender has closed (the buyer)")
    Procurement.Tender award(Actor actor, @PathVariable long id, @RequestBody Award award) {
        return procurement.award(actor, id, award.bid());
    }

    @GetMapping(value = "/tenders/{id}/ocds", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The tender as an Open Contracting (OCDS 1.1) release package (public)")
    Map<String, Object> ocds(@PathVariable long id) {
        return procurement.ocds(id);
    }

    /** A pledge as the API shows it; {@code reserved} is what approved plans hold of a pledge to procure. */
    record PledgeView(long id, long crisis, String party, String commodity, double quantity, Pledge.Kind kind,
            String warehouse, java.time.LocalDate availableBy, Pledge.Status status, String note,
            java.time.Instant createdAt, String createdBy, long version, double reserved) {
        static PledgeView of(Pledge p) {
            return new PledgeView(p.id(), p.crisis(), p.party(), p.commodity(), p.quantity(), p.kind(), p.warehouse(),
                    p.availableBy(), p.status(), p.note(), p.createdAt(), p.createdBy(), p.version(), p.reserved());
        }
    }
}
