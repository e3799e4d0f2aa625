package org.entente.logistics.web;

import org.entente.logistics.Catalogue;
import org.entente.logistics.LogisticsLink;
import org.entente.logistics.LogisticsNetwork;
import org.entente.logistics.LogisticsNode;
import org.entente.logistics.StockCards;
import org.entente.logistics.StockVisibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.allocation.Instance;
import org.entente.platform.FormFields;
import org.entente.platform.PageCommand;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
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
    private final org.entente.party.PartyDirectory partyDirectory;

    StockPages(LogisticsNetwork network, StockCards stock, Catalogue catalogue, org.entente.crisis.CrisisRoom crises,
            StockVisibility visibility, LogisticsNames names, org.entente.party.PartyDirectory partyDirectory) {
        this.partyDirectory = partyDirectory;
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

    /**
     * The network: every place and link, with forms for those who keep a part of it (a party's logistics officer or
     * focal point, or the secretariat) to add a place or a link, and to close or reopen a link.
     */
    @GetMapping("/logistics/network")
    String network(Actor actor, Model model) {
        List<LogisticsNode> nodes = network.nodes(actor);
        model.addAttribute("nodes", nodes);
        model.addAttribute("links", network.links(actor));
        List<String> kept = keptParties(actor);
        model.addAttribute("keptParties", kept);
        model.addAttribute("keepsLinks", !kept.isEmpty());
        model.addAttribute("nodeParty", nodes.stream().collect(java.util.stream.Collectors.toMap(LogisticsNode::code,
                n -> n.party().value())));
        model.addAttribute("starts", nodes.stream().filter(n -> kept.contains(n.party().value())).toList());
        model.addAttribute("kinds", Instance.NodeKind.values());
        model.addAttribute("modes", Instance.Mode.values());
        return "logistics/network";
    }

    /** The parties whose part of the network this user keeps: the secretariat keeps every party's. */
    private List<String> keptParties(Actor actor) {
        if (actor.hasAnyRole(Role.SECRETARIAT)) {
            return partyDirectory.all().stream().map(p -> p.code().value()).toList();
        }
        return actor.partiesWith(Role.LOGISTICS_OFFICER, Role.FOCAL_POINT).stream().map(Object::toString).toList();
    }

    @PostMapping("/logistics/nodes")
    String addNode(Actor actor, @RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String party,
            @RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "node.addedNotice", () -> {
            List<InvalidInput> found = new ArrayList<>();
            Double lat = FormFields.decimal(latitude, "latitude", found);
            Double lon = FormFields.decimal(longitude, "longitude", found);
            Instance.NodeKind chosen = org.entente.platform.FormFields.choice(Instance.NodeKind.class, kind, "kind", found);
            LogisticsNode node = null;
            try {
                node = new LogisticsNode(code == null ? null : code.strip().toUpperCase(Locale.ROOT), name, chosen,
                        party == null || party.isBlank() ? null : PartyCode.of(party), lat, lon, 0);
            } catch (InvalidInput e) {
                found.add(e);
            }
            InvalidInput.throwIfAny(found);
            network.addNode(actor, node);
        }, "/logistics/network");
    }

    @PostMapping("/logistics/links")
    String addLink(Actor actor, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String transitHours,
            @RequestParam(required = false) String delayHours, @RequestParam(required = false) String capacityKg,
            @RequestParam(required = false) String costPerKg, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "link.addedNotice", () -> {
            List<InvalidInput> found = new ArrayList<>();
            Instance.Mode chosen = org.entente.platform.FormFields.choice(Instance.Mode.class, mode, "mode", found);
            Double transit = required(FormFields.decimal(transitHours, "transitHours", found), transitHours, "transitHours", found);
            Double delay = FormFields.decimal(delayHours, "delayHours", found);
            Double capacity = required(FormFields.decimal(capacityKg, "capacityKg", found), capacityKg, "capacityKg", found);
            Double cost = FormFields.decimal(costPerKg, "costPerKg", found);
            LogisticsLink link = null;
            try {
                link = new LogisticsLink(null, from, to, chosen, transit == null ? 0 : transit,
                        delay == null ? 0 : delay, capacity == null ? 0 : capacity, cost == null ? 0 : cost, null, null, 0);
            } catch (InvalidInput e) {
                found.add(e);
            }
            InvalidInput.throwIfAny(found);
            network.addLink(actor, link);
        }, "/logistics/network");
    }

    /** A number that must be given: left blank, it is a problem of its own. */
    private static Double required(Double value, String typed, String field, List<InvalidInput> found) {
        if (typed == null || typed.isBlank()) {
            found.add(InvalidInput.required(field));
        }
        return value;
    }

    /** A keeper of the link's starting place closes it with a reason (a bridge down, a border shut) or reopens it. */
    @PostMapping("/logistics/links/{id}/close")
    String closeLink(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "link.closedNotice", () -> network.close(actor, id, null, reason),
                "/logistics/network");
    }

    @PostMapping("/logistics/links/{id}/reopen")
    String reopenLink(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "link.reopenedNotice", () -> network.reopen(actor, id), "/logistics/network");
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
