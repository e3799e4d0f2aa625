package org.entente.logistics.web;

import org.entente.logistics.Catalogue;
import org.entente.logistics.LogisticsNetwork;
import org.entente.logistics.LogisticsNode;
import org.entente.logistics.StockCards;
import org.entente.logistics.StockVisibility;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.allocation.Instance;
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

/** Stock by warehouse for logged-in users, and the stock card with its forms for the warehouse's officer. */
@Controller
class StockPages {

    private final LogisticsNetwork network;
    private final StockCards stock;
    private final Catalogue catalogue;
    private final org.entente.crisis.CrisisRoom crises;

    private final StockVisibility visibility;
    private final LogisticsNames names;

    StockPages(LogisticsNetwork network, StockCards stock, Catalogue catalogue, org.entente.crisis.CrisisRoom crises,
            StockVisibility visibility, LogisticsNames names) {
        this.visibility = visibility;
        this.names = names;
        this.network = network;
        this.stock = stock;
        this.catalogue = catalogue;
        this.crises = crises;
    }

    /** A warehouse with what it holds, for the overview. */
    record Holding(LogisticsNode node, List<StockCards.Position> positions, long belowMinimum, long expiring) {
    }

    @GetMapping("/logistics")
    String overview(Actor actor, Model model) {
        Map<String, Holding> holdings = new LinkedHashMap<>();
        for (LogisticsNode node : network.nodes(actor)) {
            if (node.kind() == Instance.NodeKind.DELIVERY_POINT || node.kind() == Instance.NodeKind.BORDER_CROSSING) {
                continue;
            }
            List<StockCards.Position> positions = stock.positions(actor, node.code());
            holdings.put(node.code(), new Holding(node, positions,
                    positions.stream().filter(StockCards.Position::belowMinimum).count(),
                    positions.stream().flatMap(p -> p.lots().stream()).filter(l -> l.expiringSoon() || l.expired()).count()));
        }
        model.addAttribute("holdings", holdings.values());
        model.addAttribute("visibilities", actor.memberships().stream()
                .filter(m -> m.roles().contains(Role.FOCAL_POINT) || m.roles().contains(Role.LOGISTICS_OFFICER))
                .map(m -> visibility.of(actor, m.party())).toList());
        model.addAttribute("visibilityLevels", List.of(org.entente.shared.Classification.PARTNERS,
                org.entente.shared.Classification.RESTRICTED, org.entente.shared.Classification.CONFIDENTIAL));
        model.addAttribute("links", network.links(actor));
        model.addAttribute("keepsLinks", actor.hasAnyRole(Role.LOGISTICS_OFFICER, Role.FOCAL_POINT));
        model.addAttribute("crises", crises.visible(actor).stream().filter(org.entente.crisis.Crisis::isActive).toList());
        return "logistics/overview";
    }

    @GetMapping("/logistics/warehouses/{code}")
    String warehouse(Actor actor, @PathVariable String code, Model model) {
        LogisticsNode node = network.node(code);
        model.addAttribute("node", node);
        StockCards.Holding holding = stock.holding(actor, code);
        model.addAttribute("positions", holding.positions());
        model.addAttribute("lotsWithheld", holding.lotsWithheld());
        model.addAttribute("card", stock.card(actor, code, null, 50));
        model.addAttribute("operates", actor.hasRoleFor(node.party(), Role.LOGISTICS_OFFICER));
        model.addAttribute("commodities", catalogue.all());
        model.addAttribute("warehouses", network.nodes(actor).stream()
                .filter(n -> !n.code().equals(code) && n.kind() != Instance.NodeKind.DELIVERY_POINT
                        && n.kind() != Instance.NodeKind.BORDER_CROSSING).toList());
        model.addAttribute("kinds", List.of("RECEIPT", "ISSUE", "TRANSFER", "ADJUSTMENT", "WRITE_OFF"));
        return "logistics/warehouse";
    }

    @PostMapping("/logistics/warehouses/{code}/movements")
    String record(Actor actor, @PathVariable String code, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String commodity, @RequestParam(required = false) String lot,
            @RequestParam(required = false) String owner, @RequestParam(required = false) Double quantity,
            @RequestParam(required = false) LocalDate expiresOn, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String toWarehouse, jakarta.servlet.http.HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        if ("WRITE_OFF".equals(kind) && quantity != null) {
            var ask = org.entente.platform.Confirmation.ask(request, model, "confirm.writeOff",
                    List.of(quantity, names.commodity(commodity), lot == null ? "" : lot), "/logistics/warehouses/" + code);
            if (ask.isPresent()) {
                return ask.get();
            }
        }
        return PageCommand.run(redirect, "stock.recorded", () -> stock.record(actor, code, new StockCards.Entry(kind,
                commodity, lot, owner, quantity, expiresOn, reason,
                toWarehouse == null || toWarehouse.isBlank() ? null : toWarehouse)), "/logistics/warehouses/" + code);
    }

    /** The commodity catalogue: anyone reads it; logistics officers and the secretariat add to it. */
    @GetMapping("/logistics/commodities")
    String commodities(Actor actor, Model model) {
        model.addAttribute("commodities", catalogue.all());
        model.addAttribute("categories", org.entente.logistics.Commodity.Category.values());
        model.addAttribute("keepsCatalogue", actor.hasAnyRole(Role.LOGISTICS_OFFICER, Role.SECRETARIAT, Role.ADMIN));
        return "logistics/commodities";
    }

    @PostMapping("/logistics/commodities")
    String addCommodity(Actor actor, @RequestParam(required = false) String code,
            @RequestParam(required = false) String name, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String unitWeightKg, @RequestParam(required = false) String category,
            @RequestParam(required = false) String shelfLifeDays, @RequestParam(required = false) String divisible,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "commodity.added", () -> {
            java.util.List<org.entente.shared.InvalidInput> found = new java.util.ArrayList<>();
            double weight = 0;
            try {
                weight = Double.parseDouble(unitWeightKg == null ? "" : unitWeightKg.strip().replace(",", "."));
            } catch (NumberFormatException e) {
                found.add(org.entente.shared.InvalidInput.notANumber("unitWeightKg"));
            }
            Integer shelf = null;
            try {
                shelf = shelfLifeDays == null || shelfLifeDays.isBlank() ? null : Integer.valueOf(shelfLifeDays.strip());
            } catch (NumberFormatException e) {
                found.add(org.entente.shared.InvalidInput.notANumber("shelfLifeDays"));
            }
            org.entente.logistics.Commodity.Category kind = null;
            if (category == null || category.isBlank()) {
                found.add(org.entente.shared.InvalidInput.coded("category", "is required", "invalid.choose"));
            } else {
                kind = org.entente.logistics.Commodity.Category.valueOf(category);
            }
            org.entente.shared.InvalidInput.throwIfAny(found);
            catalogue.add(actor, new org.entente.logistics.Commodity(code == null ? null : code.strip()
                    .toUpperCase(java.util.Locale.ROOT), name, unit, weight, null, kind, shelf, divisible != null, 0));
        }, "/logistics/commodities");
    }

    /** A keeper of the link's starting place closes it with a reason (a bridge down, a border shut) or reopens it. */
    @PostMapping("/logistics/links/{id}/close")
    String closeLink(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "link.closedNotice", () -> network.close(actor, id, null, reason), "/logistics");
    }

    @PostMapping("/logistics/links/{id}/reopen")
    String reopenLink(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "link.reopenedNotice", () -> network.reopen(actor, id), "/logistics");
    }

    @PostMapping("/logistics/warehouses/{code}/minimums")
    String minimum(Actor actor, @PathVariable String code, @RequestParam(required = false) String commodity,
            @RequestParam(required = false) Double minimum, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "stock.minimumSet", () -> stock.setMinimum(actor, code, commodity, minimum),
                "/logistics/warehouses/" + code);
    }

    @PostMapping("/logistics/stock-visibility")
    String visibility(Actor actor, @RequestParam(required = false) String party,
            @RequestParam(required = false) org.entente.shared.Classification classification, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "stock.visibilitySet", () -> visibility.set(actor,
                party == null || party.isBlank() ? null : org.entente.shared.PartyCode.of(party), classification),
                "/logistics");
    }
}
