package org.entente.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.compact.AdherenceDesk;
import org.entente.compact.AdherenceStatus;
import org.entente.compact.PeriodType;
import org.entente.platform.TravellingClock;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's reporting, relative to the day the demo starts: the compact's first quarter of labour inspections since
 * it entered into force. Costrava reports on time, by sector, and ILMO's monitor verifies it; Dalmeria reports late
 * with a reason, the monitor disputes the figure, and Dalmeria's correction waits in the monitor's queue; Arvenia has
 * not reported, so its quarter is overdue.
 */
@Component
@Profile("demo")
@Order(42)
class MonitoringDemoData implements ApplicationRunner {

    static final String COMPACT = "FLM-2026";
    private static final Actor MONITOR = Actor.user("monitor",
            List.of(new Actor.Membership(new PartyCode("ILMO"), Set.of(Role.MONITOR))));

    private final ReportingCalendar calendar;
    private final Submissions submissions;
    private final AdherenceDesk desk;
    private final Clock clock;

    MonitoringDemoData(ReportingCalendar calendar, Submissions submissions, AdherenceDesk desk, Clock clock) {
        this.calendar = calendar;
        this.submissions = submissions;
        this.desk = desk;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (desk.ofParty(new PartyCode("XCO")).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (String party : List.of("XCO", "XDA", "XAR")) {
            desk.of(COMPACT, new PartyCode(party)).filter(a -> a.status() == AdherenceStatus.ACTIVE)
                    .ifPresent(a -> calendar.open(COMPACT, a.party()));
        }
        if (!submissions.ofParty(Actor.system(), COMPACT, new PartyCode("XCO")).isEmpty()) {
            return;
        }
        LocalDate opened = calendar.openedOn(COMPACT, new PartyCode("XCO")).orElse(null);
        if (opened == null) {
            return;
        }
        ReportingPeriod quarter = ReportingPeriod.containing(PeriodType.QUARTERLY, opened);
        String period = quarter.toString();
        at(now, quarter.lastDay().plusDays(20), () -> {
            long id = submit("XCO", period, 118.0, Map.of("agriculture", 40.0, "construction", 50.0,
                    "domestic work", 28.0), null);
            at(now, quarter.lastDay().plusDays(28), () -> submissions.verify(MONITOR, id, Verdict.VERIFIED, null));
        });
        at(now, quarter.dueOn().plusDays(10), () -> {
            long id = submit("XDA", period, 112.0, Map.of(), "The inspectorate's records were digitised late.");
            at(now, quarter.dueOn().plusDays(13), () -> submissions.verify(MONITOR, id, Verdict.DISPUTED,
                    "The inspectorate's published register lists 96 inspections for the quarter, not 112."));
            at(now, quarter.dueOn().plusDays(20), () -> submit("XDA", period, 96.0, Map.of(),
                    "Corrected to the published register."));
        });
    }

    private long submit(String party, String period, double total, Map<String, Double> bySector, String lateReason) {
        List<Submissions.ValueRow> rows = new java.util.ArrayList<>();
        rows.add(new Submissions.ValueRow("LAB_INSPECTIONS", Map.of(), total, "Labour inspectorate records", null,
                lateReason));
        bySector.forEach((sector, value) -> rows.add(new Submissions.ValueRow("LAB_INSPECTIONS",
                Map.of("SECTOR", sector), value, "Labour inspectorate records", null, lateReason)));
        Actor focal = Actor.user("focal." + party.toLowerCase(java.util.Locale.ROOT),
                List.of(new Actor.Membership(new PartyCode(party), Set.of(Role.FOCAL_POINT))));
        Submissions.ImportSummary summary = submissions.submit(focal, new Submissions.Submission(COMPACT, party, period,
                rows, false), Channel.FORM);
        if (summary.submission() == null) {
            throw new IllegalStateException("the demo's values for " + party + " were refused: " + summary.conflicts());
        }
        return summary.submission();
    }

    /** Runs a step on a day of the demo's history, if that day has come. */
    private void at(Instant now, LocalDate day, Runnable step) {
        Instant moment = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        if (moment.isBefore(now)) {
            TravellingClock.at(clock, moment, step);
        }
    }
}
