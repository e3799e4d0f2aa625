package org.entente.logistics.web;

import org.entente.logistics.Catalogue;
import org.entente.logistics.Commodity;
import org.entente.logistics.LogisticsLink;
import org.entente.logistics.LogisticsNetwork;
import org.entente.logistics.LogisticsNode;
import org.entente.logistics.StockCards;
import org.entente.logistics.StockVisibility;
import java.time.Instant;
import java.util.List;

import org.entente.allocation.Instance;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/logistics")
@Tag(name = "Logistics", description = "Commodity catalogue, network and stock cards (CRI-4)")
class LogisticsApi {

    private final Catalogue catalogue;
    private final LogisticsNetwork network;
    private final StockCards stock;

    private final StockVisibility visibility;

    LogisticsApi(Catalogue catalogue, LogisticsNetwork network, StockCards stock, StockVisibility visibility) {
        this.visibility = visibility;
        this.catalogue = catalogue;
        this.network = network;
        this.stock = stock;
    }

    record CommodityRequest(String code, String name, String unit, Double unitWeightKg, Double unitVolumeM3,
            Commodity.Category category, Integer shelfLifeDays, Boolean divisible, Long version) {
        Commodity commodity(String path) {
            return new Commodity(path != null ? path : code, name, unit, unitWeightKg == null ? 0 : unitWeightKg,
                    unitVolumeM3, category, shelfLifeDays, divisible == null || divisible, version == null ? -1 : version);
        }
    }

    @GetMapping("/commodities")
    @Operation(summary = "The commodity catalogue (public)")
    List<Commodity> commodities() {
        return catalogue.all();
    }

    @PostMapping("/commodities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a commodity (LOGISTICS_OFFICER, SECRETARIAT or ADMIN)")
    Commodity addCommodity(Actor actor, @RequestBody CommodityRequest request) {
        return catalogue.add(actor, request.commodity(null));
    }

    @PutMapping("/commodities/{code}")
    @Operation(summary = "Revise a commodity, giving the version read (409 if it changed since)")
    Commodity reviseCommodity(Actor actor, @PathVariable String code, @RequestBody CommodityRequest request) {
        if (request.version() == null) {
            throw new InvalidInput("version", "give the version you read");
        }
        return catalogue.revise(actor, request.commodity(code));
    }

    record NodeRequest(String code, String name, Instance.NodeKind kind, String party, Double latitude,
            Double longitude) {
    }

    @GetMapping("/nodes")
    @Operation(summary = "The network's nodes (logged-in users)")
    List<LogisticsNode> nodes(Actor actor) {
        return network.nodes(actor);
    }

    @PostMapping("/nodes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a node for a party (its LOGISTICS_OFFICER or FOCAL_POINT, or the SECRETARIAT)")
    LogisticsNode addNode(Actor actor, @RequestBody NodeRequest r) {
        return network.addNode(actor, new LogisticsNode(r.code(), r.name(), r.kind(),
                r.party() == null ? null : PartyCode.of(r.party()), r.latitude(), r.longitude(), 0));
    }

    record LinkRequest(String from, String to, Instance.Mode mode, Double transitHours, Double delayHours,
            Double capacityKg, Double costPerKg) {
    }

    @GetMapping("/links")
    @Operation(summary = "The network's directed links, with closures (logged-in users)")
    List<LogisticsLink> links(Actor actor) {
        return network.links(actor);
    }

    @PostMapping("/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a link from a node of the caller's party")
    LogisticsLink addLink(Actor actor, @RequestBody LinkRequest r) {
        return network.addLink(actor, new LogisticsLink(null, r.from(), r.to(), r.mode(), orZero(r.transitHours()),
                orZero(r.delayHours()), r.capacityKg() == null ? -1 : r.capacityKg(), orZero(r.costPerKg()), null, null, 0));
    }

    record ClosureRequest(Instant from, String reason) {
    }

    @PostMapping("/links/{id}/closure")
    @Operation(summary = "Close a link from a time (default now), with the reason: a border closure, a bridge down")
    LogisticsLink close(Actor actor, @PathVariable long id, @RequestBody ClosureRequest r) {
        return network.close(actor, id, r.from(), r.reason());
    }

    @PostMapping("/links/{id}/reopening")
    @Operation(summary = "Reopen a closed link")
    LogisticsLink reopen(Actor actor, @PathVariable long id) {
        return network.reopen(actor, id);
    }

    @GetMapping("/warehouses/{code}/stock")
    @Operation(summary = "What a warehouse holds by commodity and lot, owners kept, with minimum levels and expiry "
            + "flags; lots whose owners' red lines exclude the caller are left out and counted in Entente-Withheld")
    org.springframework.http.ResponseEntity<List<StockCards.Position>> positions(Actor actor, @PathVariable String code) {
        StockCards.Holding holding = stock.holding(actor, code);
        return org.springframework.http.ResponseEntity.ok()
                .header(AssistanceApi.WITHHELD, String.valueOf(holding.lotsWithheld())).body(holding.positions());
    }

    record VisibilityRequest(org.entente.shared.Classification classification) {
    }

    @GetMapping("/parties/{party}/stock-visibility")
    @Operation(summary = "Who sees a party's stock levels (its members)")
    StockVisibility.Setting visibility(Actor actor, @PathVariable String party) {
        return visibility.of(actor, org.entente.shared.PartyCode.of(party));
    }

    @PutMapping("/parties/{party}/stock-visibility")
    @Operation(summary = "Set who sees a party's stock levels wherever it is stored: PARTNERS, RESTRICTED (its sharing "
            + "rule for STOCK_LEVEL) or CONFIDENTIAL (the operator of the warehouse holding it); its FOCAL_POINT or "
            + "LOGISTICS_OFFICER")
    StockVisibility.Setting setVisibility(Actor actor, @PathVariable String party, @RequestBody VisibilityRequest r) {
        return visibility.set(actor, org.entente.shared.PartyCode.of(party), r.classification());
    }

    @GetMapping("/warehouses/{code}/movements")
    @Operation(summary = "The warehouse's stock card: its movements, newest first (at most 1000)")
    List<StockCards.Movement> card(Actor actor, @PathVariable String code,
            @RequestParam(required = false) String commodity, @RequestParam(defaultValue = "200") int limit) {
        return stock.card(actor, code, commodity, limit);
    }

    @PostMapping("/warehouses/{code}/movements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a RECEIPT, ISSUE, TRANSFER (to toWarehouse), ADJUSTMENT (negative to reduce) or "
            + "WRITE_OFF, with its reason (the warehouse party's LOGISTICS_OFFICER); stock never goes below zero")
    List<StockCards.Movement> record(Actor actor, @PathVariable String code, @RequestBody StockCards.Entry entry) {
        return stock.record(actor, code, entry);
    }

    record MinimumRequest(Double minimum) {
    }

    @PutMapping("/warehouses/{code}/minimums/{commodity}")
    @Operation(summary = "Set the minimum level of a commodity at a warehouse; below it, the stock is flagged")
    List<StockCards.Position> minimum(Actor actor, @PathVariable String code, @PathVariable String commodity,
            @RequestBody MinimumRequest r) {
        stock.setMinimum(actor, code, commodity, r.minimum());
        return stock.positions(actor, code);
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
