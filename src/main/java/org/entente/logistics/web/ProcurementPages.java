package org.entente.logistics.web;

import org.entente.logistics.Catalogue;
import org.entente.logistics.LogisticsNetwork;
import org.entente.logistics.Pledge;
import org.entente.logistics.Pledges;
import org.entente.logistics.Procurement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.entente.platform.PageCommand;
import org.entente.shared.Actor;
import org.entente.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pledges on a crisis's requests page, and joint tenders with their bids, awards and OCDS links. */
@Controller
class ProcurementPages {

    private final Pledges pledges;
    private final Procurement procurement;
    private final Catalogue catalogue;
    private final LogisticsNetwork network;

    ProcurementPages(Pledges pledges, Procurement procurement, Catalogue catalogue, LogisticsNetwork network) {
        this.pledges = pledges;
        this.procurement = procurement;
        this.catalogue = catalogue;
        this.network = network;
    }

    @PostMapping("/logistics/crises/{id}/pledges")
    String pledge(Actor actor, @PathVariable long id, @RequestParam(required = false) String party,
            @RequestParam(required = false) String commodity, @RequestParam(required = false) Double quantity,
            @RequestParam(required = false) Pledge.Kind kind, @RequestParam(required = false) String warehouse,
            @RequestParam(required = false) LocalDate availableBy, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "pledge.made", () -> pledges.pledge(actor, id, new Pledge.Offer(party, commodity,
                quantity, kind, warehouse == null || warehouse.isBlank() ? null : warehouse, availableBy, note)),
                "/logistics/crises/" + id + "/requests");
    }

    @PostMapping("/logistics/pledges/{pledge}/fulfilment")
    String fulfil(Actor actor, @PathVariable long pledge, @RequestParam long crisis,
            @RequestParam(required = false) LocalDate expiresOn, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "pledge.fulfilled",
                () -> pledges.close(actor, pledge, Pledge.Status.FULFILLED, expiresOn),
                "/logistics/crises/" + crisis + "/requests");
    }

    @PostMapping("/logistics/pledges/{pledge}/destination")
    String destine(Actor actor, @PathVariable long pledge, @RequestParam long crisis,
            @RequestParam(required = false) String warehouse, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "pledge.destined", () -> pledges.destine(actor, pledge, warehouse),
                "/logistics/crises/" + crisis + "/requests");
    }

    @PostMapping("/logistics/pledges/{pledge}/withdrawal")
    String withdraw(Actor actor, @PathVariable long pledge, @RequestParam long crisis, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "pledge.withdrawn", () -> pledges.close(actor, pledge, Pledge.Status.WITHDRAWN),
                "/logistics/crises/" + crisis + "/requests");
    }

    @GetMapping("/logistics/tenders")
    String tenders(Actor actor, Model model) {
        model.addAttribute("tenders", procurement.all(actor));
        model.addAttribute("commodities", catalogue.all());
        model.addAttribute("nodes", network.nodes(actor));
        model.addAttribute("buysFor", actor.partiesWith(Role.LOGISTICS_OFFICER, Role.FOCAL_POINT));
        return "logistics/tenders";
    }

    @PostMapping("/logistics/tenders")
    String open(Actor actor, @RequestParam(required = false) String buyer, @RequestParam(required = false) String title,
            @RequestParam(required = false) String commodity, @RequestParam(required = false) Double quantity,
            @RequestParam(required = false) String deliveryTo, @RequestParam(required = false) LocalDateTime closesAt,
            @RequestParam(required = false) String participants, RedirectAttributes redirect) {
        Instant closes = closesAt == null ? null : closesAt.toInstant(ZoneOffset.UTC);
        List<String> others = participants == null || participants.isBlank() ? List.of()
                : List.of(participants.strip().split("[\\s,]+"));
        return PageCommand.run(redirect, "tender.opened", () -> procurement.open(actor, new Procurement.Call(buyer, title,
                commodity, quantity, deliveryTo, closes, others)), "/logistics/tenders");
    }

    @PostMapping("/logistics/tenders/{id}/bids")
    String bid(Actor actor, @PathVariable long id, @RequestParam(required = false) String supplier,
            @RequestParam(required = false) Double unitPrice, @RequestParam(required = false) String currency,
            @RequestParam(required = false) LocalDate deliveryBy, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "tender.bidRecorded", () -> procurement.bid(actor, id,
                new Procurement.Offer(supplier, unitPrice, currency, deliveryBy)), "/logistics/tenders");
    }

    @PostMapping("/logistics/tenders/{id}/award")
    String award(Actor actor, @PathVariable long id, @RequestParam(required = false) Long bid,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "tender.awardMade", () -> procurement.award(actor, id, bid), "/logistics/tenders");
    }
}
