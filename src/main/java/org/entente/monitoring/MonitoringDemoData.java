package org.entente.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.compact.AdherenceDesk;
import org.entente.compact.AdherenceStatus;
import org.entente.compact.Indicator;
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
 * Three years of the demo compact's reporting, written period by period at the moments it happened, through the same
 * services a focal point, a monitor and the secretariat use. Costrava reports everything on time; Dalmeria is often
 * late, and its grievances take longer and longer to resolve, which fires the secretariat's threshold; Arvenia has
 * missed its last two quarters of labour inspections, which fires the standard rule. The first review cycle was
 * published mid-2025 with an action plan now partly done (one action done, one overdue, one open); the second is
 * scheduled. ILMO's monitor has two submissions to verify: Costrava's last quarter and Dalmeria's correction of a
 * disputed figure.
 */
@Component
@Profile("demo")
@Order(42)
class MonitoringDemoData implements ApplicationRunner {

    static final String COMPACT = "FLM-2026";
    private static final Actor MONITOR = Actor.user("monitor",
            List.of(new Actor.Membership(new PartyCode("ILMO"), Set.of(Role.MONITOR))));
    private static final Actor SECRETARIAT = Actor.user("secretariat",
            List.of(new Actor.Membership(new PartyCode("SLC"), Set.of(Role.SECRETARIAT))));

    private final ReportingCalendar calendar;
    private final Submissions submissions;
    private final ReviewTriggers triggers;
    private final ReviewItems items;
    private final ReviewCycles cycles;
    private final Evidence evidence;
    private final AdherenceDesk desk;
    private final Clock clock;
    private Instant now;

    MonitoringDemoData(ReportingCalendar calendar, Submissions submissions, ReviewTriggers triggers, ReviewItems items,
            ReviewCycles cycles, Evidence evidence, AdherenceDesk desk, Clock clock) {
        this.evidence = evidence;
        this.calendar = calendar;
        this.submissions = submissions;
        this.triggers = triggers;
        this.items = items;
        this.cycles = cycles;
        this.desk = desk;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (desk.ofParty(new PartyCode("XCO")).isEmpty()) {
            return;
        }
        now = clock.instant();
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
        triggers.standardRules(COMPACT);
        at(opened.plusDays(20), () -> {
            triggers.define(SECRETARIAT, COMPACT, new TriggerRule("RESOLUTION-ABOVE-BASELINE",
                    "Grievances take longer to resolve than at the baseline", TriggerRule.Kind.THRESHOLD, "DISPUTE",
                    "RESOLUTION_DAYS", TriggerRule.LeftSide.VALUE, null, TriggerRule.Operator.GREATER_THAN,
                    TriggerRule.RightSide.BASELINE, null, TriggerRule.Importance.HIGH,
                    TriggerRule.Opens.COMMITMENT_REVIEW));
            triggers.define(SECRETARIAT, COMPACT, new TriggerRule("INSPECTIONS-FELL",
                    "Fewer labour inspections than a year before", TriggerRule.Kind.THRESHOLD, "LAB-PROT",
                    "LAB_INSPECTIONS", TriggerRule.LeftSide.CHANGE, 4, TriggerRule.Operator.LESS_THAN,
                    TriggerRule.RightSide.NUMBER, 0.0, TriggerRule.Importance.MEDIUM, TriggerRule.Opens.FOLLOW_UP));
        });
        LocalDate today = calendar.today();
        LocalDate firstReview = LocalDate.of(2025, 6, 1);
        boolean reviewed = false;
        // Period by period, in the order they ended; the first review sits when its day comes.
        List<Due> due = new ArrayList<>();
        for (String party : List.of("XCO", "XDA", "XAR")) {
            LocalDate from = calendar.openedOn(COMPACT, new PartyCode(party)).orElse(opened);
            for (ReportingCalendar.Committed m : calendar.committed(COMPACT, new PartyCode(party))) {
                for (Indicator indicator : DataElements.reportable(m.indicators())) {
                    for (ReportingPeriod p = ReportingPeriod.containing(indicator.periodType(), from);
                            p.lastDay().isBefore(today); p = p.next()) {
                        due.add(new Due(party, indicator, p));
                    }
                }
            }
        }
        Map<String, List<Due>> submissionsByMoment = new LinkedHashMap<>();
        due.stream().sorted(java.util.Comparator.comparing((Due d) -> d.period().lastDay()).thenComparing(Due::party))
                .forEach(d -> submissionsByMoment.computeIfAbsent(d.party() + "|" + d.period(), k -> new ArrayList<>())
                        .add(d));
        for (List<Due> group : submissionsByMoment.values()) {
            Due first = group.get(0);
            if (!reviewed && first.period().lastDay().isAfter(firstReview)) {
                firstReview(firstReview);
                reviewed = true;
            }
            report(first.party(), first.period(), group, today);
        }
        at(today.minusDays(20), () -> cycles.schedule(SECRETARIAT, COMPACT, new ReviewCycles.Schedule(
                "Second review of the Fair Labour Mobility Compact", List.of(), LocalDate.of(today.getYear() + 1, 1,
                        20))));
        triggers.evaluateAll();
    }

    private record Due(String party, Indicator indicator, ReportingPeriod period) {
    }

    /**
     * One party's values for one period: on time unless the party is late that time; verified by ILMO's monitor some
     * days later. Arvenia's last two quarters of inspections never come; the latest quarter of Costrava and
     * Dalmeria waits in the monitor's queue, Dalmeria's after a dispute and a correction.
     */
    private void report(String party, ReportingPeriod period, List<Due> owed, LocalDate today) {
        List<Submissions.ValueRow> rows = new ArrayList<>();
        // The latest quarter is the one still in play: Costrava's waits for the monitor, Dalmeria's was disputed.
        boolean latest = period.type() == org.entente.compact.PeriodType.QUARTERLY
                && !period.next().lastDay().isBefore(today);
        int index = index(period);
        boolean late = switch (party) {
            case "XDA" -> index % 4 == 1 || latest;
            case "XAR" -> index % 3 == 2;
            default -> false;
        };
        for (Due d : owed) {
            if (party.equals("XAR") && d.indicator().code().equals("LAB_INSPECTIONS")
                    && period.next().next().lastDay().isAfter(today.minusDays(5))) {
                continue;
            }
            double value = value(party, d.indicator().code(), index);
            String reason = late ? "The ministry's figures were consolidated late." : null;
            rows.add(new Submissions.ValueRow(d.indicator().code(), Map.of(), value, source(d.indicator()), null,
                    reason));
            if (party.equals("XCO") && d.indicator().code().equals("LAB_INSPECTIONS")) {
                long agriculture = Math.round(value * 0.35);
                long construction = Math.round(value * 0.4);
                rows.add(new Submissions.ValueRow("LAB_INSPECTIONS", Map.of("SECTOR", "agriculture"),
                        (double) agriculture, source(d.indicator()), null, reason));
                rows.add(new Submissions.ValueRow("LAB_INSPECTIONS", Map.of("SECTOR", "construction"),
                        (double) construction, source(d.indicator()), null, reason));
                rows.add(new Submissions.ValueRow("LAB_INSPECTIONS", Map.of("SECTOR", "domestic work"),
                        value - agriculture - construction, source(d.indicator()), null, reason));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        LocalDate sent = late ? period.dueOn().plusDays(9 + index % 5) : period.lastDay().plusDays(12 + index % 9);
        Long id = at(sent, () -> submit(party, period, rows));
        if (id == null) {
            return;
        }
        if (latest && party.equals("XDA")) {
            at(sent.plusDays(4), () -> {
                evidence.attach(MONITOR, id, "inspectorate-register-" + period + ".pdf", register(period),
                        "The inspectorate's register as published for the quarter");
                submissions.verify(MONITOR, id, Verdict.DISPUTED, "The inspectorate's published register gives lower "
                        + "figures for the quarter than those reported.");
                return 0L;
            });
            List<Submissions.ValueRow> corrected = rows.stream().map(r -> r.indicator().equals("LAB_INSPECTIONS")
                    ? new Submissions.ValueRow(r.indicator(), r.disaggregation(), Math.round(r.value() * 0.86) * 1.0,
                            "Published inspectorate register", "Corrected to the published register.",
                            r.lateReason()) : r).toList();
            at(sent.plusDays(11), () -> submit(party, period, corrected));
            return;
        }
        if (latest && party.equals("XCO")) {
            return;
        }
        Verdict verdict = party.equals("XCO") && index == 5 ? Verdict.VERIFIED_WITH_NOTE : Verdict.VERIFIED;
        at(sent.plusDays(5 + index % 8), () -> {
            submissions.verify(MONITOR, id, verdict, verdict == Verdict.VERIFIED ? null
                    : "Verified against the inspectorate's register; the sector split is estimated.");
            return 0L;
        });
    }

    /** The first review: gathered, findings with an action plan, approved; then the plan's progress. */
    private void firstReview(LocalDate on) {
        long id = at(on, () -> cycles.schedule(SECRETARIAT, COMPACT, new ReviewCycles.Schedule(
                "First review of the Fair Labour Mobility Compact", List.of(), on.plusDays(14))).id());
        at(on.plusDays(7), () -> {
            triggers.evaluateAll();
            cycles.gather(SECRETARIAT, id);
            cycles.addFinding(SECRETARIAT, id, new ReviewCycles.FindingDraft("XDA", "DISPUTE", "Grievances take "
                    + "longer to resolve than at the baseline, and Dalmeria's reports often come after their due date.",
                    null, List.of(new ReviewCycles.ActionDraft("XDA", "Publish the grievance backlog every month",
                            on.plusDays(200)))));
            cycles.addFinding(SECRETARIAT, id, new ReviewCycles.FindingDraft("XAR", "LAB-PROT", "Arvenia's labour "
                    + "inspections stay far below those of the other parties for a comparable workforce.", null,
                    List.of(new ReviewCycles.ActionDraft("XAR", "Staff an inspection unit for agriculture and "
                            + "construction", on.plusDays(390)))));
            cycles.addFinding(SECRETARIAT, id, new ReviewCycles.FindingDraft("XCO", "LAB-PROT", "Costrava is on "
                    + "track; domestic work remains the sector least inspected.", null,
                    List.of(new ReviewCycles.ActionDraft("XCO", "Extend inspections to private households with "
                            + "domestic workers", on.plusDays(660)))));
            return 0L;
        });
        at(on.plusDays(19), () -> cycles.approve(SECRETARIAT, id, "All three parties report; Costrava is on track. "
                + "Dalmeria's grievances take longer to resolve and Arvenia inspects too little: each has an action "
                + "with a deadline."));
        at(on.plusDays(22), () -> {
            items.of(COMPACT).stream().filter(i -> i.status() == ReviewItems.Status.OPEN)
                    .forEach(i -> items.close(SECRETARIAT, i.id(), "Dealt with in the first review: see its findings "
                            + "and action plan."));
            return 0L;
        });
        var report = at(on.plusDays(23), () -> cycles.report(SECRETARIAT, id));
        for (ReviewCycles.Finding f : report.findings()) {
            ReviewCycles.Action action = f.actions().get(0);
            Actor focal = focalPoint(f.party().value());
            switch (f.party().value()) {
                case "XDA" -> at(on.plusDays(170), () -> cycles.progress(focal, action.id(),
                        ReviewCycles.ActionStatus.DONE, "The backlog is published on the ministry's site each month."));
                case "XAR" -> at(on.plusDays(240), () -> cycles.progress(focal, action.id(),
                        ReviewCycles.ActionStatus.IN_PROGRESS, "Six of the twelve inspector posts are filled."));
                default -> {
                }
            }
        }
    }

    /** A party's figure for an indicator in its n-th period since reporting began: a trend with some noise. */
    private static double value(String party, String indicator, int n) {
        double noise = Math.sin(n * 1.7 + party.hashCode() % 7) ;
        return switch (indicator) {
            case "LAB_INSPECTIONS" -> Math.round(switch (party) {
                case "XCO" -> 110 + 9 * n + 6 * noise;
                case "XDA" -> 104 + 2 * n + 5 * noise;
                default -> 62 + n + 4 * noise;
            });
            case "RESOLUTION_DAYS" -> Math.round(switch (party) {
                case "XCO" -> 70 - 2 * n + 2 * noise;
                default -> 86 + 1.5 * n + 2 * noise;
            });
            case "WAGE_GAP" -> Math.round((party.equals("XCO") ? 18 - 1.2 * n : party.equals("XDA") ? 22 - 0.3 * n
                    : 25 - 0.5 * n) * 10 + noise) / 10.0;
            case "PORTED_PENSIONS" -> Math.round((party.equals("XCO") ? 1200 + 110 * n : 300 + 40 * n) + 10 * noise);
            case "RECOGNITION_DAYS" -> Math.round((party.equals("XCO") ? 90 - 5 * n : 150 - 4 * n) + 2 * noise);
            case "RECOGNITIONS" -> Math.round((party.equals("XCO") ? 340 + 30 * n : 80 + 10 * n) + 5 * noise);
            // SDG 10.7.1 is computed from these two: recruitment cost over monthly earnings.
            case "RECRUITMENT_COST_PAID" -> (double) Math.round(switch (party) {
                case "XCO" -> 380 - 45 * n;
                case "XDA" -> 450 - 10 * n;
                default -> 520 - 20 * n;
            });
            case "MONTHLY_EARNINGS" -> (double) Math.round(switch (party) {
                case "XCO" -> 1000 + 20 * n;
                case "XDA" -> 900 + 5 * n;
                default -> 1000 + 10 * n;
            });
            case "PLACEMENTS_TOTAL" -> (double) (party.equals("XCO") ? 2400 + 100 * n : party.equals("XDA") ? 1500
                    : 1100 + 20 * n);
            case "PLACEMENTS_LICENSED" -> (double) Math.round((party.equals("XCO") ? 2400 + 100 * n : party.equals("XDA")
                    ? 1500 : 1100 + 20 * n) * Math.min(0.95, party.equals("XCO") ? 0.7 + 0.04 * n
                    : party.equals("XDA") ? 0.55 + 0.02 * n : 0.4 + 0.03 * n));
            case "GRIEVANCES_UPHELD" -> (double) (40 + n + Math.round(3 * noise));
            case "REMEDIES_DELIVERED" -> (double) Math.round((40 + n + Math.round(3 * noise))
                    * (party.equals("XCO") ? 0.7 + 0.015 * n : 0.6 - 0.005 * n));
            case "DEPARTURES_RECORDED" -> (double) (5200 + 150 * n);
            case "ARRIVALS_RECORDED" -> (double) (5000 + 180 * n);
            default -> 10 + n;
        };
    }

    /** A one-page PDF standing for the inspectorate's published register. */
    private static byte[] register(ReportingPeriod period) {
        var out = new java.io.ByteArrayOutputStream();
        var document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new com.lowagie.text.Paragraph("Labour Inspectorate of Dalmeria — register of inspections, "
                + period));
        document.add(new com.lowagie.text.Paragraph("Workplaces employing migrant workers: inspections recorded in the "
                + "quarter, by district. (Demo document.)"));
        document.close();
        return out.toByteArray();
    }

    private static String source(Indicator indicator) {
        return indicator.dataSource() == null ? "Ministry records" : indicator.dataSource();
    }

    /** How many periods of its type this one comes after the first: for the trends and the rotation of lateness. */
    private int index(ReportingPeriod period) {
        LocalDate opened = calendar.openedOn(COMPACT, new PartyCode("XCO")).orElseThrow();
        int n = 0;
        for (ReportingPeriod p = ReportingPeriod.containing(period.type(), opened); p.compareTo(period) < 0;
                p = p.next()) {
            n++;
        }
        return n;
    }

    private long submit(String party, ReportingPeriod period, List<Submissions.ValueRow> rows) {
        Submissions.ImportSummary summary = submissions.submit(focalPoint(party), new Submissions.Submission(COMPACT,
                party, period.toString(), rows, false), Channel.FORM);
        if (summary.submission() == null) {
            throw new IllegalStateException("the demo's values for " + party + " " + period + " were refused: "
                    + summary.conflicts());
        }
        return summary.submission();
    }

    private static Actor focalPoint(String party) {
        return Actor.user("focal." + party.toLowerCase(java.util.Locale.ROOT),
                List.of(new Actor.Membership(new PartyCode(party), Set.of(Role.FOCAL_POINT))));
    }

    /** Runs a step on a day of the demo's history (at ten in the morning), if that day has come; else not at all. */
    private <T> T at(LocalDate day, java.util.function.Supplier<T> step) {
        Instant moment = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        if (!moment.isBefore(now)) {
            return null;
        }
        Object[] result = new Object[1];
        TravellingClock.at(clock, moment, () -> result[0] = step.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private void at(LocalDate day, Runnable step) {
        at(day, () -> {
            step.run();
            return null;
        });
    }
}
