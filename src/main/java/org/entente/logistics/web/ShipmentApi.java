package org.entente.logistics.web;

import org.entente.logistics.Shipment;
import org.entente.logistics.Shipments;
import java.util.List;

import org.entente.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/logistics")
@Tag(name = "Logistics", description = "Shipments from approved plans: dispatch, tracking, proof of delivery (CRI-5)")
class ShipmentApi {

    private final Shipments shipments;

    ShipmentApi(Shipments shipments) {
        this.shipments = shipments;
    }

    record TrackingRequest(Shipment.Status status, String place, String note) {
    }

    record DeliveryRequest(List<Shipment.Receipt> items) {
    }

    record Reason(String reason) {
    }

    @GetMapping("/crises/{id}/shipments")
    @Operation(summary = "A crisis's shipments, newest first, with items and tracking events")
    List<Shipments.Tracked> ofCrisis(Actor actor, @PathVariable long id) {
        return shipments.ofCrisis(actor, id);
    }

    @GetMapping("/shipments/{id}")
    @Operation(summary = "One shipment")
    Shipments.Tracked get(Actor actor, @PathVariable long id) {
        return shipments.get(actor, id);
    }

    @PostMapping("/shipments/{id}/dispatch")
    @Operation(summary = "Dispatch a planned shipment (the origin's LOGISTICS_OFFICER): its reserved stock is issued")
    Shipments.Tracked dispatch(Actor actor, @PathVariable long id) {
        return shipments.dispatch(actor, id);
    }

    @PostMapping("/shipments/{id}/events")
    @Operation(summary = "A tracking event: IN_TRANSIT or AT_BORDER, with place and note (origin or destination officer)")
    Shipments.Tracked track(Actor actor, @PathVariable long id, @RequestBody TrackingRequest body) {
        return shipments.track(actor, id, body.status(), body.place(), body.note());
    }

    @PostMapping("/shipments/{id}/delivery")
    @Operation(summary = "Proof of delivery (the destination party): per item, accepted + rejected = shipped, with a "
            + "reason for rejections; the accepted stock is received and counted against the request")
    Shipments.Tracked deliver(Actor actor, @PathVariable long id, @RequestBody DeliveryRequest body) {
        return shipments.deliver(actor, id, body.items());
    }

    @PostMapping("/shipments/{id}/cancellation")
    @Operation(summary = "Cancel a planned shipment with a reason; its reservation goes back to the stock")
    Shipments.Tracked cancel(Actor actor, @PathVariable long id, @RequestBody Reason body) {
        return shipments.cancel(actor, id, body.reason());
    }
}
