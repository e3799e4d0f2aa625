package org.entente.crisis;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Cyclone Idris: it struck the Costravan coast and the Dalmerian delta a week ago. Costrava leads; both states report
 * daily at mixed classifications. One Costravan report is RESTRICTED (its sharing rule admits Dalmeria and the
 * regional body, not the countries of origin), and one is CONFIDENTIAL to the regional body. All figures are invented.
 */
@Component
@Profile("demo")
@Order(50)
class CrisisDemoData implements ApplicationRunner {

    private static final PartyCode COSTRAVA = new PartyCode("XCO");
    private static final PartyCode DALMERIA = new PartyCode("XDA");
    private static final PartyCode REGION = new PartyCode("SLC");

    private final CrisisRoom room;
    private final CrisisAlerts alerts;
    private final Escalation escalation;
    private final Briefings briefings;
    private final java.time.Clock clock;
    private final List<java.util.Map.Entry<Instant, Runnable>> history = new java.util.ArrayList<>();

    CrisisDemoData(CrisisRoom room, CrisisAlerts alerts, Escalation escalation, Briefings briefings,
            java.time.Clock clock) {
        this.clock = clock;
        this.room = room;
        this.alerts = alerts;
        this.escalation = escalation;
        this.briefings = briefings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!room.visible(Actor.system()).isEmpty()) {
            return;
        }
        // The cyclone made landfall a week ago: the crisis opens then, and each report is filed the day it covers.
        Instant day0 = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(7));
        Crisis[] opened = new Crisis[1];
        at(day0.minus(Duration.ofHours(2)), () -> opened[0] = room.open(focal(COSTRAVA), new Crisis.Declaration(
                "CYC-2026-IDRIS", "Cyclone Idris", CrisisType.CYCLONE, COSTRAVA, Set.of(COSTRAVA, DALMERIA),
                "Costravan coast (Puerto Alto, Santa Lira) and the Dalmerian delta", Classification.PUBLIC, 24)));
        Crisis idris = opened[0];
        // The region's protocol applies from the first hour; the on-call rotation is activated that morning.
        escalation.define(Actor.user("secretariat", List.of(new Actor.Membership(REGION, Set.of(Role.SECRETARIAT)))),
                "SLC-CYCLONE", "Southern Littoral cyclone protocol",
                List.of(new ProtocolLevel("MONITORING", "Liaison units of the region"),
                        new ProtocolLevel("ALERT", "Liaison units of the region, en es fr ar"),
                        new ProtocolLevel("RESPONSE", "All liaison units and the regional logistics hub"),
                        new ProtocolLevel("EMERGENCY", "All parties, heads of mission")),
                List.of(new LevelTrigger("ALERT", "affected", 10_000), new LevelTrigger("RESPONSE", "cases", 100),
                        new LevelTrigger("RESPONSE", "displaced", 100_000), new LevelTrigger("EMERGENCY", "deaths", 250)),
                List.of(new LevelAction("ALERT", "Activate the liaison unit's 24/7 on-call rotation", Role.FOCAL_POINT, 6),
                        new LevelAction("ALERT", "Share the first consolidated situation report", Role.FOCAL_POINT, 24),
                        new LevelAction("ALERT", "Check pooled stock at the regional warehouses", Role.LOGISTICS_OFFICER, 48),
                        new LevelAction("RESPONSE", "Open the joint operations cell", Role.FOCAL_POINT, 12),
                        new LevelAction("RESPONSE", "Request pooled stock for the affected areas", Role.LOGISTICS_OFFICER, 24)),
                List.of(new LevelNotice("ALERT", COSTRAVA.value(), "es en"),
                        new LevelNotice("ALERT", DALMERIA.value(), "ar en"),
                        new LevelNotice("ALERT", REGION.value(), "en fr ar"),
                        new LevelNotice("RESPONSE", "XAR", "fr ar"),
                        new LevelNotice("RESPONSE", REGION.value(), "en fr ar")));
        step(day0.minus(Duration.ofHours(1)), () -> escalation.apply(focal(COSTRAVA), idris.id(), "SLC-CYCLONE", "ALERT"));
        step(day0.plus(Duration.ofHours(4)), () -> escalation.complete(focal(COSTRAVA), idris.id(),
                escalation.state(focal(COSTRAVA), idris.id()).actions().get(0).id()));
        // Costrava's focal point shares the first consolidated report on day 2; its logistics officer checks stock.
        step(day0.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)), () -> escalation.complete(focal(COSTRAVA),
                idris.id(), escalation.state(focal(COSTRAVA), idris.id()).actions().get(1).id()));
        step(day0.plus(Duration.ofHours(30)), () -> escalation.complete(Actor.user("logistics.xco",
                List.of(new Actor.Membership(COSTRAVA, Set.of(Role.LOGISTICS_OFFICER)))), idris.id(),
                escalation.state(focal(COSTRAVA), idris.id()).actions().get(2).id()));
        step(day0.plus(Duration.ofHours(20)), () -> room.recordEvent(focal(COSTRAVA), idris.id(),
                "Costrava requested mutual aid through the regional liaison hub."));
        step(day0.plus(Duration.ofHours(22)), () -> room.assignDecisionRights(focal(COSTRAVA), idris.id(), List.of(
                new DecisionRight(ResourceKind.SHELTER, COSTRAVA.value(), Role.FOCAL_POINT),
                new DecisionRight(ResourceKind.WASH, COSTRAVA.value(), Role.FOCAL_POINT),
                new DecisionRight(ResourceKind.NFI, REGION.value(), Role.LOGISTICS_OFFICER),
                new DecisionRight(ResourceKind.EQUIPMENT, REGION.value(), Role.LOGISTICS_OFFICER),
                new DecisionRight(ResourceKind.SURGE_STAFF, REGION.value(), Role.ROSTER_MANAGER),
                new DecisionRight(ResourceKind.FUNDS, REGION.value(), Role.SECRETARIAT))));
        long[][] costrava = {
                {120_000, 80_000, 14, 210, 35_000, 0, 12_000},
                {180_000, 110_000, 22, 340, 52_000, 0, 30_000},
                {210_000, 130_000, 27, 390, 61_000, 40, 55_000},
                {215_000, 128_000, 29, 402, 58_000, 95, 81_000},
                {215_000, 121_000, 29, 405, 49_000, 160, 104_000}};
        Classification[] levels = {Classification.PUBLIC, Classification.PARTNERS, Classification.RESTRICTED,
                Classification.PARTNERS, Classification.PARTNERS};
        String[] summaries = {
                "Landfall near Puerto Alto; coastal districts flooded, power out in Santa Lira.",
                "Access restored to Santa Lira; shelters at capacity in Puerto Alto.",
                "Cholera alert in two shelters; the ministry asks for water treatment and oral rehydration stock.",
                "Cholera cases rising in shelters; WASH response scaled up; some displaced return home.",
                "Returns continue; the gap in shelter kits and water treatment persists."};
        for (int d = 0; d < costrava.length; d++) {
            int day = d;
            long[] f = costrava[day];
            step(day0.plus(Duration.ofDays(day + 2)).plus(Duration.ofHours(1)), () -> room.submit(focal(COSTRAVA),
                    idris.id(), COSTRAVA, new SituationReport.Content(
                    day0.plus(Duration.ofDays(day)), day0.plus(Duration.ofDays(day + 1)), summaries[day], levels[day],
                    Set.of(), new KeyFigures(f[0], f[1], f[2], f[3], f[4], f[5], f[6]),
                    List.of(new Need(Sector.SHELTER, "Family tents and tarpaulins for " + f[4] / 5 + " households",
                                    "About a third not covered"),
                            new Need(Sector.WASH, "Water treatment for shelters", day >= 2 ? "Stock lasts 3 days" : null)),
                    "Civil protection, army engineers and the Red Crescent deployed.",
                    day0.plus(Duration.ofDays(day + 3)))));
        }
        step(day0.plus(Duration.ofDays(5)).plus(Duration.ofHours(3)), () -> room.submit(focal(COSTRAVA), idris.id(),
                COSTRAVA, new SituationReport.Content(day0.plus(Duration.ofDays(4)), day0.plus(Duration.ofDays(5)),
                        "Security incident at the Santa Lira shelter; details for the regional liaison hub only.",
                        Classification.CONFIDENTIAL, Set.of(REGION), KeyFigures.none(), List.of(),
                        "Police presence reinforced.", null)));
        long[][] dalmeria = {{40_000, 22_000, 3, 60, 9_000, 0, 5_000}, {46_000, 25_000, 4, 71, 11_500, 0, 14_000}};
        // Dalmeria reports every other day: its next report is late.
        for (int d = 0; d < dalmeria.length; d++) {
            int day = d;
            long[] f = dalmeria[day];
            step(day0.plus(Duration.ofDays(2 * day + 3)).plus(Duration.ofHours(2)), () -> room.submit(focal(DALMERIA),
                    idris.id(), DALMERIA, new SituationReport.Content(
                    day0.plus(Duration.ofDays(2 * day + 1)), day0.plus(Duration.ofDays(2 * day + 3)),
                    day == 0 ? "Delta villages cut off; boats requested." : "Roads to the delta reopened.",
                    Classification.PUBLIC, Set.of(), new KeyFigures(f[0], f[1], f[2], f[3], f[4], f[5], f[6]),
                    List.of(new Need(Sector.LOGISTICS, "Flat-bottomed boats", day == 0 ? "12 boats" : null)),
                    day == 0 ? "National disaster agency coordinating."
                            : "Army convoys leave for the delta at 06:00 daily by the coast road.",
                    null,
                    // The convoy timings are kept to the parties on Dalmeria's sharing rule; the rest is public.
                    new SituationReport.Sections(null, null,
                            day == 0 ? null : Classification.RESTRICTED))));
        }
        // Four days in: public thanks and partner guidance, and the cholera alert.
        step(day0.plus(Duration.ofDays(4)).plus(Duration.ofHours(2)), () -> {
            List<String> languages = List.of("es", "en", "fr", "ar");
            TalkingPoint thanks = briefings.draft(focal(COSTRAVA), idris.id(), "Thanks to neighbours",
                    TalkingPoint.Audience.PUBLIC, languages, new Translation("es", "Costrava agradece a Dalmeria y a la "
                            + "Comunidad del Litoral Sur su rápida ayuda tras el ciclón Idris.", false));
            briefings.translate(focal(COSTRAVA), idris.id(), thanks.id(), new Translation("en", "Costrava thanks Dalmeria "
                    + "and the Southern Littoral Community for their swift help after Cyclone Idris.", false));
            briefings.approve(focal(COSTRAVA), idris.id(), thanks.id());
            TalkingPoint shelters = briefings.draft(focal(COSTRAVA), idris.id(), "Shelter locations",
                    TalkingPoint.Audience.PARTNERS, languages, new Translation("en", "Do not publish the addresses of "
                            + "shelters hosting unaccompanied children.", false));
            briefings.approve(focal(COSTRAVA), idris.id(), shelters.id());
            briefings.draft(focal(DALMERIA), idris.id(), "Delta access", TalkingPoint.Audience.PARTNERS, languages,
                    new Translation("ar", "أعيد فتح الطرق المؤدية إلى الدلتا، وما زالت القوارب مطلوبة للقرى النائية.", false));
            String polygon = "10.05,-70.40 10.45,-70.40 10.45,-69.70 10.05,-69.70 10.05,-70.40";
            alerts.issue(focal(COSTRAVA), idris.id(), new CrisisAlerts.Draft(Cap.Status.ACTUAL, Cap.Scope.PUBLIC,
                    "Issued by the Costravan civil protection liaison unit", List.of(
                            new AlertInfo("en", Cap.Category.HEALTH, "Cholera outbreak", Cap.Urgency.EXPECTED,
                                    Cap.Severity.SEVERE, Cap.Certainty.LIKELY, "Cholera risk in Puerto Alto shelters",
                                    "Cases of acute watery diarrhoea have been confirmed in two shelters after Cyclone Idris.",
                                    "Drink only treated or boiled water. Seek care at the nearest health post at the first "
                                            + "sign of diarrhoea.", day0.plus(Duration.ofDays(14)), "Puerto Alto and Santa Lira",
                                    polygon, null, null),
                            new AlertInfo("es", Cap.Category.HEALTH, "Brote de cólera", Cap.Urgency.EXPECTED,
                                    Cap.Severity.SEVERE, Cap.Certainty.LIKELY, "Riesgo de cólera en los albergues de Puerto Alto",
                                    "Se confirmaron casos de diarrea aguda en dos albergues tras el ciclón Idris.",
                                    "Beba solo agua tratada o hervida. Acuda al puesto de salud más cercano ante el primer "
                                            + "síntoma.", day0.plus(Duration.ofDays(14)), "Puerto Alto y Santa Lira",
                                    polygon, null, null))));
        });
        history.sort(java.util.Map.Entry.comparingByKey());
        history.forEach(h -> at(h.getKey(), h.getValue()));
        history.clear();
    }

    /** One step of the crisis's history, written at the moment it happened. */
    private void at(Instant moment, Runnable step) {
        org.entente.platform.TravellingClock.at(clock, moment, step);
    }

    /** A step for later: the steps are written in the order they happened, whatever the order they are listed in. */
    private void step(Instant moment, Runnable step) {
        history.add(java.util.Map.entry(moment, step));
    }

    private static Actor focal(PartyCode party) {
        return Actor.user("focal." + party.value().toLowerCase(java.util.Locale.ROOT),
                List.of(new Actor.Membership(party, Set.of(Role.FOCAL_POINT))));
    }
}
