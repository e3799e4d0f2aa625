package org.entente.liaison;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The corridor's liaison units, established before the crisis demo escalates Cyclone Idris so that its ALERT notices
 * reach them; after it, {@link AfterTheCyclone} records the regional hub's meeting on the cyclone and Costrava's
 * acknowledgement of its notice. All names and numbers are invented.
 */
@Component
@Profile("demo")
@Order(45)
class LiaisonDemoData implements ApplicationRunner {

    private static final PartyCode COSTRAVA = new PartyCode("XCO");
    private static final PartyCode DALMERIA = new PartyCode("XDA");
    private static final PartyCode REGION = new PartyCode("SLC");

    private final LiaisonDirectory units;

    LiaisonDemoData(LiaisonDirectory units) {
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (units.search(new LiaisonDirectory.Search(null, null, null)).isEmpty()) {
            liaisonUnits();
        }
    }

    /**
     * Liaison units for the corridor. Costrava's rotation covers the present in 12-hour shifts; Arvenia's mandate
     * expired last month; one Dalmerian contact has not been confirmed for months.
     */
    private void liaisonUnits() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        Instant shiftStart = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(6));
        List<UnitMember> costravans = List.of(
                new UnitMember("Lucía Ortega", "Head of the liaison unit", "liaison@costrava.example", "+000 310 4400",
                        "es en", today.minusDays(10)),
                new UnitMember("Mateo Ruiz", "Duty officer", "duty@costrava.example", "+000 310 4401", "es en fr",
                        today.minusDays(30)),
                new UnitMember("Sofía Vidal", "Logistics liaison", "logistics@costrava.example", null, "es ar",
                        today.minusDays(5)));
        List<OnCallShift> rotation = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rotation.add(new OnCallShift(costravans.get(i % 2 == 0 ? 1 : 0).name(),
                    shiftStart.plus(Duration.ofHours(12L * i)), shiftStart.plus(Duration.ofHours(12L * (i + 1)))));
        }
        units.establish(focal(COSTRAVA), COSTRAVA, new LiaisonUnit.Details("Costrava Civil Protection Liaison Unit",
                "Single channel of the Costravan government to partners for disasters and epidemics.",
                "Decree 112/2025", "Ministry of the Interior", "Disasters, epidemics and mass displacement",
                today.plusYears(2), java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(13, 0), 60, costravans, rotation));
        units.establish(focal(DALMERIA), DALMERIA, new LiaisonUnit.Details("Dalmeria Disaster Liaison Desk", null,
                "Order 7/2024", "Prime Minister's Office", "Natural hazards", today.plusYears(1),
                java.time.DayOfWeek.TUESDAY, java.time.LocalTime.of(9, 30), 45,
                List.of(new UnitMember("Omar Khalil", "Desk officer", "desk@dalmeria.example", "+000 320 1201", "ar en",
                        today.minusDays(200))), List.of()));
        units.establish(focal(new PartyCode("XAR")), new PartyCode("XAR"), new LiaisonUnit.Details(
                "Arvenia Consular Crisis Cell", "Protects Arvenian nationals abroad in crises.", "Circular 3/2023",
                "Ministry of Foreign Affairs", "Nationals abroad", today.minusMonths(1), null, null, null,
                List.of(new UnitMember("Karim Benali", "Consular crisis officer", "crisis@arvenia.example", null,
                        "fr ar", today.minusDays(15))), List.of()));
        units.establish(focal(REGION), REGION, new LiaisonUnit.Details("Southern Littoral Regional Liaison Hub",
                "Connects the liaison units of the Southern Littoral and keeps the regional picture.",
                "Council decision 4/2024", "SLC Council", "All hazards, regional coordination", today.plusYears(3),
                java.time.DayOfWeek.WEDNESDAY, java.time.LocalTime.of(12, 0), 90,
                List.of(new UnitMember("Amina Sallah", "Hub coordinator", "hub@slc.example", "+000 100 2001",
                        "en fr ar", today.minusDays(3))), List.of()));
    }

    /** The regional hub's extraordinary meeting on the cyclone, with one decision overdue and one still open. */
    static void hubMeeting(LiaisonDirectory units, long crisis, Instant day0) {
        long hub = units.search(new LiaisonDirectory.Search(REGION.value(), null, null)).get(0).id();
        java.time.LocalDate day = day0.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        units.recordMeeting(focal(REGION), hub, new MeetingRecord.Minutes(crisis, day0.plus(Duration.ofHours(30)),
                "Extraordinary hub meeting: Cyclone Idris", List.of(REGION.value(), COSTRAVA.value(), DALMERIA.value()),
                "Costrava briefed on landfall and the evacuation of Puerto Alto. Dalmeria expects delta flooding within "
                        + "48 hours. The hub activated the regional response level and agreed a daily situation report "
                        + "at 18:00 UTC from each affected party.",
                List.of(new MeetingDecision("Costrava and Dalmeria file a situation report every day by 18:00 UTC.",
                                COSTRAVA.value(), day.plusDays(2)),
                        new MeetingDecision("Dalmeria confirms shelter capacity in the delta districts.",
                                DALMERIA.value(), day.plusDays(3)),
                        new MeetingDecision("The hub drafts a cost-sharing note for pooled relief stock.",
                                REGION.value(), day.plusDays(14)))));
    }

    /** After the crisis demo (order 50): the hub's meeting on the cyclone, and Costrava's acknowledgement. */
    @Component
    @Profile("demo")
    @Order(55)
    static class AfterTheCyclone implements ApplicationRunner {

        private static final Logger log = LoggerFactory.getLogger(AfterTheCyclone.class);
        private final LiaisonDirectory units;
        private final NoticeOutbox outbox;
        private final CrisisRoom crises;

        AfterTheCyclone(LiaisonDirectory units, NoticeOutbox outbox, CrisisRoom crises) {
            this.units = units;
            this.outbox = outbox;
            this.crises = crises;
        }

        @Override
        public void run(ApplicationArguments args) {
            Crisis idris = crises.visible(Actor.system()).stream().filter(c -> c.code().equals("CYC-2026-IDRIS"))
                    .findFirst().orElse(null);
            long hub = units.search(new LiaisonDirectory.Search(REGION.value(), null, null)).get(0).id();
            if (idris == null || !units.meetings(Actor.system(), hub).isEmpty()) {
                return;
            }
            // The same day the crisis demo counts from: a week ago.
            hubMeeting(units, idris.id(), Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(7)));
            // The notices arrive with the escalation's event, after it committed: wait for them a little.
            Instant until = Instant.now().plusSeconds(15);
            List<NoticeOutbox.Delivery> sent = outbox.ofCrisis(idris.id());
            while (sent.isEmpty() && Instant.now().isBefore(until)) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                sent = outbox.ofCrisis(idris.id());
            }
            // Costrava's unit acknowledged its ALERT notice; Dalmeria's and the regional hub's have not yet.
            sent.stream().filter(d -> d.notice().party().equals(COSTRAVA.value()) && d.notice().isDelivered())
                    .findFirst()
                    .ifPresentOrElse(d -> outbox.acknowledge(focal(COSTRAVA), d.notice().unit(), d.notice().id()),
                            () -> log.warn("demo: Costrava's ALERT notice had not arrived; left unacknowledged"));
        }
    }

    private static Actor focal(PartyCode party) {
        return Actor.user("focal." + party.value().toLowerCase(java.util.Locale.ROOT),
                List.of(new Actor.Membership(party, Set.of(Role.FOCAL_POINT))));
    }
}
