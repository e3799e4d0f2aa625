package org.entente.logistics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.allocation.Instance.Mode;
import org.entente.allocation.Instance.NodeKind;
import org.entente.allocation.Instance.Priority;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Southern Littoral's relief network around Cyclone Idris: a regional warehouse and airlift hub, Costrava's port,
 * central warehouse and depot, Dalmeria's logistics base, a border crossing, and shelters and villages to deliver to.
 * The regional stockpile holds stock owned by several parties; a bridge is down; Puerto Alto's water kits are below
 * their minimum; a lot of oral rehydration salts expires within weeks. All figures are invented.
 */
@Component
@Profile("demo")
@Order(60)
class LogisticsDemoData implements ApplicationRunner {

    private static final PartyCode COSTRAVA = new PartyCode("XCO");
    private static final PartyCode DALMERIA = new PartyCode("XDA");
    private static final PartyCode REGION = new PartyCode("SLC");
    private static final PartyCode ARVENIA = new PartyCode("XAR");

    private final Catalogue catalogue;
    private final LogisticsNetwork network;
    private final StockCards stock;
    private final AssistanceRequests requests;
    private final org.entente.crisis.CrisisRoom crises;
    private final AllocationPlans plans;
    private final Shipments shipments;
    private final CostSharing costs;
    private final Pledges pledges;
    private final Procurement procurement;
    private final StockVisibility visibility;
    private final java.time.Clock clock;

    LogisticsDemoData(Catalogue catalogue, LogisticsNetwork network, StockCards stock, AssistanceRequests requests,
            org.entente.crisis.CrisisRoom crises, AllocationPlans plans, Shipments shipments, CostSharing costs,
            Pledges pledges, Procurement procurement, StockVisibility visibility, java.time.Clock clock) {
        this.clock = clock;
        this.visibility = visibility;
        this.pledges = pledges;
        this.procurement = procurement;
        this.costs = costs;
        this.plans = plans;
        this.shipments = shipments;
        this.catalogue = catalogue;
        this.network = network;
        this.stock = stock;
        this.requests = requests;
        this.crises = crises;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!catalogue.all().isEmpty()) {
            return;
        }
        Actor region = officer(REGION);
        Actor costrava = officer(COSTRAVA);
        Actor dalmeria = officer(DALMERIA);
        for (Commodity c : List.of(
                new Commodity("WATER_KIT", "Household water kit (jerrycans, purification tablets)", "kit", 5.0, 0.03,
                        Commodity.Category.WASH, null, false, 0),
                new Commodity("HYGIENE_KIT", "Family hygiene kit", "kit", 4.5, 0.02, Commodity.Category.WASH, 1095, false, 0),
                new Commodity("FAMILY_TENT", "Family tent, 16 m²", "tent", 38.0, 0.15, Commodity.Category.SHELTER, null, false, 0),
                new Commodity("TARPAULIN", "Reinforced plastic tarpaulin 4 × 6 m", "piece", 3.5, 0.01,
                        Commodity.Category.SHELTER, null, false, 0),
                new Commodity("ORS", "Oral rehydration salts, carton of 1,000 sachets", "carton", 12.0, 0.04,
                        Commodity.Category.HEALTH, 1095, false, 0),
                new Commodity("HEB", "High-energy biscuits, carton", "carton", 10.0, 0.03, Commodity.Category.FOOD, 540,
                        false, 0),
                new Commodity("GENERATOR", "Diesel generator 10 kVA", "unit", 120.0, 0.6, Commodity.Category.EQUIPMENT,
                        null, false, 0))) {
            catalogue.add(region, c);
        }
        node(region, "SLC-WH", "Southern Littoral Regional Warehouse", NodeKind.WAREHOUSE, REGION, 10.15, -68.40);
        node(region, "SLC-AIR", "Regional airlift hub", NodeKind.AIRLIFT_HUB, REGION, 10.08, -68.22);
        node(costrava, "XCO-PORT", "Port of Puerto Alto", NodeKind.PORT, COSTRAVA, 10.48, -67.05);
        node(costrava, "XCO-WH-PA", "Puerto Alto Central Warehouse", NodeKind.WAREHOUSE, COSTRAVA, 10.46, -67.08);
        node(costrava, "XCO-WH-SL", "Santa Lira Depot", NodeKind.WAREHOUSE, COSTRAVA, 10.20, -67.40);
        node(costrava, "XCO-BX-RC", "Río Claro border crossing", NodeKind.BORDER_CROSSING, COSTRAVA, 10.22, -67.82);
        node(costrava, "XCO-DP-PA1", "Puerto Alto shelter 1", NodeKind.DELIVERY_POINT, COSTRAVA, 10.47, -67.02);
        node(costrava, "XCO-DP-SL", "Santa Lira shelters", NodeKind.DELIVERY_POINT, COSTRAVA, 10.18, -67.43);
        node(dalmeria, "XDA-WH", "Dalmeria Logistics Base", NodeKind.WAREHOUSE, DALMERIA, 9.80, -68.05);
        node(dalmeria, "XDA-DP-DELTA", "Delta villages", NodeKind.DELIVERY_POINT, DALMERIA, 9.55, -67.95);

        link(region, "SLC-WH", "SLC-AIR", Mode.ROAD, 2, 0, 400_000, 0.05);
        link(region, "SLC-AIR", "XCO-WH-PA", Mode.AIR, 3, 2, 60_000, 1.80);
        link(region, "SLC-AIR", "XDA-WH", Mode.AIR, 2, 2, 40_000, 1.50);
        link(region, "SLC-WH", "XCO-BX-RC", Mode.ROAD, 10, 0, 250_000, 0.25);
        link(costrava, "XCO-BX-RC", "XCO-WH-PA", Mode.ROAD, 4, 8, 250_000, 0.12);
        link(dalmeria, "XDA-WH", "XCO-BX-RC", Mode.ROAD, 6, 12, 150_000, 0.20);
        link(costrava, "XCO-PORT", "XCO-WH-PA", Mode.ROAD, 1, 0, 500_000, 0.03);
        link(costrava, "XCO-WH-PA", "XCO-DP-PA1", Mode.ROAD, 1, 0, 80_000, 0.04);
        long bridge = link(costrava, "XCO-WH-PA", "XCO-WH-SL", Mode.ROAD, 5, 0, 120_000, 0.10);
        link(costrava, "XCO-WH-SL", "XCO-DP-SL", Mode.ROAD, 1, 0, 60_000, 0.04);
        link(dalmeria, "XDA-WH", "XDA-DP-DELTA", Mode.ROAD, 8, 0, 30_000, 0.15);
        network.close(costrava, bridge, null, "Bridge at Río Verde damaged by the cyclone; engineers expect 10 days");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        receive(region, "SLC-WH", "WATER_KIT", "SLC-WK-26-01", REGION, 4_000, null, "Regional stockpile, 2026 replenishment");
        receive(region, "SLC-WH", "HYGIENE_KIT", "XDA-HK-01", DALMERIA, 2_500, today.plusYears(2),
                "Dalmeria's contribution to the pooled stockpile");
        receive(region, "SLC-WH", "FAMILY_TENT", "SLC-FT-07", REGION, 600, null, "Regional stockpile");
        receive(region, "SLC-WH", "ORS", "XAR-ORS-19", ARVENIA, 300, today.plusDays(20),
                "Arvenia's contribution; short shelf life left");
        receive(costrava, "XCO-WH-PA", "WATER_KIT", "XCO-WK-88", COSTRAVA, 800, null, "National reserve");
        receive(costrava, "XCO-WH-PA", "TARPAULIN", "XCO-TP-12", COSTRAVA, 3_000, null, "National reserve");
        receive(costrava, "XCO-WH-PA", "HEB", "XCO-HEB-03", COSTRAVA, 900, today.plusMonths(9), "National reserve");
        receive(dalmeria, "XDA-WH", "GENERATOR", "XDA-GEN-2", DALMERIA, 12, null, "Civil protection equipment");
        receive(dalmeria, "XDA-WH", "WATER_KIT", "XDA-WK-40", DALMERIA, 1_500, null, "National reserve");
        stock.record(costrava, "XCO-WH-PA", new StockCards.Entry("ISSUE", "WATER_KIT", "XCO-WK-88", COSTRAVA.value(),
                300.0, null, "Distribution at Puerto Alto shelter 1", null));
        stock.record(region, "SLC-WH", new StockCards.Entry("TRANSFER", "WATER_KIT", "SLC-WK-26-01", REGION.value(),
                1_000.0, null, "Pre-positioning for Cyclone Idris", "SLC-AIR"));
        stock.setMinimum(costrava, "XCO-WH-PA", "WATER_KIT", 2_000.0);
        stock.setMinimum(region, "SLC-WH", "FAMILY_TENT", 500.0);
        // Dalmeria shows its stock levels only to the parties on its sharing rule for stock (the region).
        visibility.set(dalmeria, DALMERIA, org.entente.shared.Classification.RESTRICTED);
        crises.visible(Actor.system()).stream().filter(c -> c.code().equals("CYC-2026-IDRIS")).findFirst()
                .ifPresent(idris -> requests(idris.id()));
    }

    /**
     * Costrava's water and shelter requests are approved and planned for; Dalmeria's, confidential to the crisis's
     * lead and deciders, awaits the decision; one Costravan draft.
     */
    private void requests(long crisis) {
        // Yesterday afternoon the requests came in and were planned; the shipments left soon after and take their
        // transit time: the short run to a Puerto Alto shelter has arrived, the convoys from abroad are under way.
        java.time.Instant start = clock.instant().minus(java.time.Duration.ofHours(30));
        at(start, () -> draftRequests(crisis, start));
        at(start.plus(java.time.Duration.ofHours(2)), () -> planAndApprove(crisis));
        List<Shipments.Tracked> planned = shipments.ofCrisis(focal(COSTRAVA), crisis);
        at(start.plus(java.time.Duration.ofHours(4)), () -> planned.forEach(
                s -> shipments.dispatch(officer(network.node(s.origin()).party()), s.id())));
        planned.stream().filter(s -> s.path().size() == 2).findFirst().ifPresent(shortRun ->
                at(start.plus(java.time.Duration.ofHours(6)), () -> shipments.deliver(
                        officer(network.node(shortRun.destination()).party()), shortRun.id(),
                        shortRun.items().stream().map(i -> new Shipment.Receipt(i.quantity(), 0.0, null)).toList())));
        planned.stream().filter(s -> s.path().size() > 2).findFirst().ifPresent(convoy ->
                at(start.plus(java.time.Duration.ofHours(14)), () -> shipments.track(
                        officer(network.node(convoy.origin()).party()), convoy.id(), Shipment.Status.AT_BORDER,
                        convoy.path().get(1), "Waiting for customs clearance")));
        pledgesAndTender(crisis);
    }

    /** One step of the relief operation's history, written at the moment it happened. */
    private void at(java.time.Instant moment, Runnable step) {
        org.entente.platform.TravellingClock.at(clock, moment, step);
    }

    private void draftRequests(long crisis, java.time.Instant now) {
        Actor costrava = focal(COSTRAVA);
        AssistanceRequest water = requests.draft(costrava, crisis, COSTRAVA, "XCO-DP-PA1", List.of(
                new AssistanceRequests.LineDraft("WATER_KIT", 2_400.0, Priority.LIFE_SAVING, now.plus(java.time.Duration.ofHours(48))),
                new AssistanceRequests.LineDraft("ORS", 120.0, Priority.LIFE_SAVING, now.plus(java.time.Duration.ofHours(36)))),
                // Published as an appeal, so the public figures (the transparency page) show what it received.
                "Cholera alert in two shelters", org.entente.shared.Classification.PUBLIC);
        requests.submit(costrava, water.id());
        requests.approve(costrava, water.id());
        AssistanceRequest tents = requests.draft(costrava, crisis, COSTRAVA, "XCO-DP-SL", List.of(
                new AssistanceRequests.LineDraft("FAMILY_TENT", 350.0, Priority.URGENT, now.plus(java.time.Duration.ofHours(96))),
                new AssistanceRequests.LineDraft("TARPAULIN", 1_200.0, Priority.ROUTINE, now.plus(java.time.Duration.ofDays(7)))),
                "Santa Lira families still without shelter", org.entente.shared.Classification.PUBLIC);
        requests.submit(costrava, tents.id());
        requests.approve(costrava, tents.id());
        AssistanceRequest delta = requests.draft(focal(DALMERIA), crisis, DALMERIA, "XDA-DP-DELTA", List.of(
                new AssistanceRequests.LineDraft("HYGIENE_KIT", 900.0, Priority.URGENT, now.plus(java.time.Duration.ofHours(72))),
                new AssistanceRequests.LineDraft("GENERATOR", 4.0, Priority.LIFE_SAVING, now.plus(java.time.Duration.ofHours(30)))),
                "Delta health post without power", org.entente.shared.Classification.CONFIDENTIAL);
        requests.submit(focal(DALMERIA), delta.id());
        // Hygiene kits are Costrava's to decide, generators the regional hub's: Costrava has approved its part.
        requests.approve(costrava, delta.id());
        requests.draft(costrava, crisis, COSTRAVA, "XCO-DP-PA1", List.of(
                new AssistanceRequests.LineDraft("HEB", 500.0, Priority.ROUTINE, now.plus(java.time.Duration.ofDays(5)))),
                "Draft: school feeding while shelters stay open");
    }

    private void planAndApprove(long crisis) {
        // The regional hub's officer plans from live stock; Costrava's focal point, who decides for WASH, health
        // and shelter, approves, which reserves the stock. Santa Lira's tents stay short: the bridge is down.
        // Transport costs are shared by weights agreed for the region, Arvenia's share capped.
        costs.set(focal(COSTRAVA), crisis, new CostSharing.Terms(CostSharing.Model.BY_WEIGHTS,
                java.util.Map.of("XCO", 3.0, "XDA", 2.0, "SLC", 4.0, "XAR", 1.0), java.util.Map.of("XAR", 500.0)));
        plans.approve(focal(COSTRAVA), plans.propose(officer(REGION), crisis).id());
    }

    private void pledgesAndTender(long crisis) {
        // Arvenia pledges salts it will buy, delivered to the regional warehouse (the next plan counts on them from
        // their date); Dalmeria pledges hygiene kits it keeps there.
        pledges.pledge(focal(ARVENIA), crisis, new Pledge.Offer(ARVENIA.value(), "ORS", 500.0, Pledge.Kind.TO_PROCURE,
                "SLC-WH", LocalDate.now(ZoneOffset.UTC).plusDays(14), "From the national framework agreement"));
        pledges.pledge(focal(DALMERIA), crisis, new Pledge.Offer(DALMERIA.value(), "HYGIENE_KIT", 1_000.0,
                Pledge.Kind.FROM_STOCK, "SLC-WH", null, null));
        // Arvenia also pledges water kits from a donor appeal; where they will land is not known yet, so no plan counts
        // on them until its focal point names the warehouse.
        pledges.pledge(focal(ARVENIA), crisis, new Pledge.Offer(ARVENIA.value(), "WATER_KIT", 2_000.0,
                Pledge.Kind.TO_PROCURE, null, LocalDate.now(ZoneOffset.UTC).plusDays(21), "Donor appeal"));
        // The region buys water kits for itself, Costrava and Dalmeria; two bids are in, bidding closes in ten days.
        Procurement.Tender tender = procurement.open(officer(REGION), new Procurement.Call(REGION.value(),
                "Household water kits for the cyclone season", "WATER_KIT", 10_000.0, "SLC-WH",
                java.time.Instant.now().plus(java.time.Duration.ofDays(10)), List.of(COSTRAVA.value(), DALMERIA.value())));
        procurement.bid(officer(REGION), tender.id(), new Procurement.Offer("Aquasafe Supplies Ltd", 7.40, "USD",
                LocalDate.now(ZoneOffset.UTC).plusDays(40)));
        procurement.bid(officer(REGION), tender.id(), new Procurement.Offer("Clearwater Cooperative", 6.95, "USD",
                LocalDate.now(ZoneOffset.UTC).plusDays(55)));
    }

    static Actor focal(PartyCode party) {
        return Actor.user("focal." + party.value().toLowerCase(Locale.ROOT),
                List.of(new Actor.Membership(party, Set.of(Role.FOCAL_POINT))));
    }

    private void node(Actor actor, String code, String name, NodeKind kind, PartyCode party, double lat, double lon) {
        network.addNode(actor, new LogisticsNode(code, name, kind, party, lat, lon, 0));
    }

    private long link(Actor actor, String from, String to, Mode mode, double hours, double delay, double capacityKg,
            double costPerKg) {
        return network.addLink(actor, new LogisticsLink(null, from, to, mode, hours, delay, capacityKg, costPerKg, null,
                null, 0)).id();
    }

    private void receive(Actor actor, String warehouse, String commodity, String lot, PartyCode owner, double quantity,
            LocalDate expires, String reason) {
        stock.record(actor, warehouse, new StockCards.Entry("RECEIPT", commodity, lot, owner.value(), quantity, expires,
                reason, null));
    }

    static Actor officer(PartyCode party) {
        return Actor.user("logistics." + party.value().toLowerCase(Locale.ROOT),
                List.of(new Actor.Membership(party, Set.of(Role.LOGISTICS_OFFICER))));
    }
}
