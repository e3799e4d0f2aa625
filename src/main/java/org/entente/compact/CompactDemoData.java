package org.entente.compact;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo compact on fair labour mobility in the Southern Littoral: six modules with realistic provisions and
 * indicators (SDG 10.7.1 among them), opened, adhered to by the demo states and in force; and a crisis-cooperation
 * compact still in draft, which only logged-in partners see. Every step goes through the same services and rules
 * as a secretariat officer or focal point would.
 */
@Component
@Profile("demo")
@Order(40)
class CompactDemoData implements ApplicationRunner {

    static final String FAIR_LABOUR = "FLM-2026";
    private static final PartyCode SECRETARIAT = new PartyCode("SLC");
    private static final Actor OFFICER = Actor.user("secretariat",
            List.of(new Actor.Membership(SECRETARIAT, Set.of(Role.SECRETARIAT))));

    private final CompactCatalogue catalogue;
    private final AdherenceDesk desk;
    private final AmendmentDesk amendments;
    private final java.time.Clock clock;
    private java.time.Instant now;

    CompactDemoData(CompactCatalogue catalogue, AdherenceDesk desk, AmendmentDesk amendments, java.time.Clock clock) {
        this.clock = clock;
        this.catalogue = catalogue;
        this.desk = desk;
        this.amendments = amendments;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!catalogue.visible(Actor.system()).isEmpty()) {
            return;
        }
        // The compact's history: drafted over three years ago, in force since the third acceptance, three years ago.
        now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        daysAgo(1200, this::design);
        daysAgo(1190, () -> catalogue.open(OFFICER, FAIR_LABOUR));
        adherence();
        amendments();
        daysAgo(10, () -> {
            catalogue.draft(OFFICER, "LCC-DRAFT", new Compact.Terms("Littoral Crisis Cooperation Compact (draft)",
                    "Mutual aid commitments for cyclones and epidemics; under negotiation.", SECRETARIAT, 4, 90));
            catalogue.addModule(OFFICER, "LCC-DRAFT", "MUTUAL-AID", new ModuleContent("Mutual aid",
                    "Pledges of stock and surge staff within 72 hours of a request.", ModuleCategory.CRISIS_COOPERATION,
                    List.of(23), List.of(), Sunset.none(),
                    List.of(new Provision("1", "Parties should answer a request for assistance within 24 hours.",
                            Strength.SHOULD, false)), List.of(), List.of()));
        });
    }

    /** One step of the compact's history, written as it happened so many days ago. */
    private void daysAgo(int days, Runnable step) {
        org.entente.platform.TravellingClock.at(clock, now.minus(java.time.Duration.ofDays(days)), step);
    }

    private void design() {
        catalogue.draft(OFFICER, FAIR_LABOUR, new Compact.Terms("Southern Littoral Compact on Fair Labour Mobility",
                "A menu of commitments on decent work, ethical recruitment, portable social protection, skills "
                        + "recognition, access to remedy and open data along the Arvenia-Belmora-Costrava-Dalmeria corridor.",
                SECRETARIAT, 3, 180));
        module("LAB-PROT", new ModuleContent("Labour protections",
                "Equal treatment and decent working conditions for migrant workers in every sector.",
                ModuleCategory.LABOUR_PROTECTION, List.of(6, 17), List.of(), Sunset.none(),
                List.of(core("1", "Parties shall guarantee migrant workers equal treatment with nationals as regards "
                                + "wages, working hours, rest and occupational safety and health."),
                        core("2", "Parties shall ensure that no employer or recruiter retains a worker's passport or "
                                + "identity documents."),
                        new Provision("3", "Parties should guarantee domestic workers at least one full day of rest "
                                + "per week.", Strength.SHOULD, false)),
                List.of(indicator("WAGE_GAP", "Gender and nationality wage gap in covered sectors", IndicatorUnit.PERCENT,
                                Direction.LOWER_IS_BETTER, PeriodType.YEARLY, "SEX SECTOR", "Labour force survey", null, null, null),
                        indicator("LAB_INSPECTIONS", "Labour inspections of workplaces employing migrant workers",
                                IndicatorUnit.COUNT, Direction.HIGHER_IS_BETTER, PeriodType.QUARTERLY, "SECTOR",
                                "Labour inspectorate records", null, null, null)),
                List.of(new Phase("Equal-treatment clause enacted in labour law", 180),
                        new Phase("Inspection plan for migrant-heavy sectors published", 365))));
        module("ETH-REC", new ModuleContent("Ethical recruitment",
                "Recruitment that costs the worker nothing and hides nothing from them.",
                ModuleCategory.ETHICAL_RECRUITMENT, List.of(6), List.of("LAB-PROT"), Sunset.none(),
                List.of(core("1", "No recruitment fees or related costs shall be charged to workers, directly or "
                                + "indirectly."),
                        core("2", "Workers shall receive a written contract in a language they understand before they "
                                + "leave their country."),
                        new Provision("3", "Recruiters shall hold a licence from the country of origin and be listed "
                                + "in the public register.", Strength.SHALL, false)),
                List.of(indicator("SDG_10_7_1", "Recruitment cost borne by the worker as a share of monthly income "
                                + "earned in the country of destination (SDG 10.7.1)", IndicatorUnit.PERCENT,
                                Direction.LOWER_IS_BETTER, PeriodType.YEARLY, "SEX CORRIDOR SECTOR",
                                "Migrant worker surveys (KNOMAD-ILO methodology)", "RECRUITMENT_COST_PAID",
                                "MONTHLY_EARNINGS", 100.0),
                        indicator("LICENSED_SHARE", "Share of placements made by licensed recruiters",
                                IndicatorUnit.PERCENT, Direction.HIGHER_IS_BETTER, PeriodType.SIX_MONTHLY, "CORRIDOR",
                                "Recruiter register and placement records", "PLACEMENTS_LICENSED", "PLACEMENTS_TOTAL",
                                100.0)),
                List.of(new Phase("Fee ban in force", 90), new Phase("Public register of licensed recruiters online", 270))));
        module("SOC-PORT", new ModuleContent("Portability of social protection",
                "Contributions and entitlements that follow the worker home.",
                ModuleCategory.SOCIAL_PROTECTION_PORTABILITY, List.of(22), List.of("LAB-PROT"),
                Sunset.monthsAfterEntryIntoForce(60),
                List.of(new Provision("1", "Parties shall pay old-age and invalidity benefits to beneficiaries who "
                                + "reside in another party.", Strength.SHALL, false),
                        new Provision("2", "Parties should add up insurance periods completed in other parties when "
                                + "deciding entitlement.", Strength.SHOULD, false)),
                List.of(indicator("PORTED_PENSIONS", "Pensions paid to beneficiaries residing in another party",
                        IndicatorUnit.COUNT, Direction.HIGHER_IS_BETTER, PeriodType.YEARLY, "SEX",
                        "Social security institutions", null, null, null)),
                List.of(new Phase("Bilateral liaison offices designated", 120),
                        new Phase("Benefit export operational", 540))));
        module("SKILLS", new ModuleContent("Recognition of skills and prior learning",
                "Qualifications that count on both shores, starting with nursing and construction trades.",
                ModuleCategory.SKILLS_RECOGNITION, List.of(18), List.of(), Sunset.on(LocalDate.of(2031, 12, 31)),
                List.of(new Provision("1", "Parties should recognise nursing and construction-trade qualifications "
                                + "listed in the annex within 60 days of application.", Strength.SHOULD, false),
                        new Provision("2", "Parties may assess prior learning of workers without formal "
                                + "qualifications.", Strength.MAY, false)),
                List.of(indicator("RECOGNITION_DAYS", "Median days from application to recognition decision",
                                IndicatorUnit.DAYS, Direction.LOWER_IS_BETTER, PeriodType.SIX_MONTHLY, "SECTOR",
                                "Recognition authorities", null, null, null),
                        indicator("RECOGNITIONS", "Qualifications recognised", IndicatorUnit.COUNT,
                                Direction.HIGHER_IS_BETTER, PeriodType.SIX_MONTHLY, "SEX SECTOR",
                                "Recognition authorities", null, null, null)),
                List.of(new Phase("Annex of recognised qualifications agreed", 180))));
        module("DISPUTE", new ModuleContent("Grievances and dispute resolution",
                "Remedy that workers can reach, quickly, in their own language.",
                ModuleCategory.DISPUTE_RESOLUTION, List.of(6, 7), List.of("LAB-PROT"), Sunset.none(),
                List.of(core("1", "Migrant workers shall have access to remedy whatever their migratory status."),
                        new Provision("2", "Grievances shall be offered quick-response mediation within 30 days of "
                                + "filing.", Strength.SHALL, false)),
                List.of(indicator("RESOLUTION_DAYS", "Median days to resolve a grievance", IndicatorUnit.DAYS,
                                Direction.LOWER_IS_BETTER, PeriodType.QUARTERLY, "SEX CORRIDOR",
                                "Grievance case records", null, null, null),
                        indicator("REMEDY_RATE", "Share of upheld grievances with remedy delivered", IndicatorUnit.PERCENT,
                                Direction.HIGHER_IS_BETTER, PeriodType.QUARTERLY, "CORRIDOR", "Grievance case records",
                                "REMEDIES_DELIVERED", "GRIEVANCES_UPHELD", 100.0)),
                List.of(new Phase("Multilingual grievance hotline open", 120))));
        module("DATA", new ModuleContent("Data and transparency",
                "Open, disaggregated data so that anyone can see whether commitments are kept.",
                ModuleCategory.DATA_AND_TRANSPARENCY, List.of(1, 3), List.of(), Sunset.none(),
                List.of(new Provision("1", "Parties shall publish the indicators of the modules they adhere to at least "
                                + "once a year, disaggregated as the indicator requires.", Strength.SHALL, false),
                        new Provision("2", "Parties should publish data in open formats with HXL hashtags.",
                                Strength.SHOULD, false)),
                List.of(indicator("CORRIDOR_BALANCE", "Ratio of departures recorded by origin to arrivals recorded by "
                        + "destination", IndicatorUnit.RATIO, Direction.WITHIN_RANGE, PeriodType.YEARLY, "CORRIDOR",
                        "Administrative records of both parties", "DEPARTURES_RECORDED", "ARRIVALS_RECORDED", 1.0)),
                List.of(new Phase("First open data release", 365))));
    }

    /**
     * Costrava adheres to everything, Dalmeria and Arvenia to part of the menu with adaptations; the third
     * acceptance brings the compact into force. Belmora's declaration comes back for missing baselines.
     */
    private void adherence() {
        daysAgo(1170, () -> declare("XCO", new Declaration(new java.util.LinkedHashSet<>(List.of("LAB-PROT", "ETH-REC", "SOC-PORT", "SKILLS",
                "DISPUTE", "DATA")),
                List.of(new Adaptation("LAB-PROT", "1", AdaptationEffect.STRENGTHENS, "agriculture",
                        "Equal treatment also covers seasonal farm workers on contracts under three months.")),
                List.of(new IndicatorTarget("ETH-REC", "SDG_10_7_1", 38.5, 2022, 15.0, LocalDate.of(2029, 12, 31)),
                        new IndicatorTarget("LAB-PROT", "LAB_INSPECTIONS", 105.0, 2022, 225.0, LocalDate.of(2028, 12, 31))),
                List.of())));
        daysAgo(1165, () -> desk.accept(OFFICER, FAIR_LABOUR, new PartyCode("XCO")));
        daysAgo(1150, () -> declare("XDA", new Declaration(new java.util.LinkedHashSet<>(List.of("LAB-PROT", "ETH-REC", "DISPUTE")),
                List.of(new Adaptation("LAB-PROT", "3", AdaptationEffect.NARROWS_SCOPE, "domestic work",
                        "The weekly rest day is introduced through the standard domestic work contract, starting in cities.")),
                List.of(new IndicatorTarget("DISPUTE", "RESOLUTION_DAYS", 95.0, 2022, 45.0, LocalDate.of(2028, 6, 30))),
                List.of())));
        daysAgo(1145, () -> desk.accept(OFFICER, FAIR_LABOUR, new PartyCode("XDA")));
        daysAgo(1130, () -> declare("XAR", new Declaration(new java.util.LinkedHashSet<>(List.of("LAB-PROT", "ETH-REC", "SOC-PORT", "SKILLS")),
                List.of(new Adaptation("SKILLS", "1", AdaptationEffect.DEFERS, null,
                        "Recognition within 120 days until the national qualifications authority is fully staffed.")),
                List.of(new IndicatorTarget("ETH-REC", "SDG_10_7_1", 52.0, 2022, 20.0, LocalDate.of(2030, 12, 31))),
                List.of(new PhaseDate("ETH-REC", "Fee ban in force", LocalDate.of(2027, 3, 31))))));
        daysAgo(1122, () -> desk.accept(OFFICER, FAIR_LABOUR, new PartyCode("XAR")));
        // Belmora declared late and has not revised its declaration since the secretariat returned it.
        daysAgo(45, () -> declare("XBE", new Declaration(new java.util.LinkedHashSet<>(List.of("LAB-PROT", "ETH-REC")),
                List.of(), List.of(), List.of())));
        daysAgo(40, () -> desk.giveBack(OFFICER, FAIR_LABOUR, new PartyCode("XBE"), "Please add baselines and targets "
                + "for SDG 10.7.1 and labour inspections, and your date for the fee ban."));
    }

    /**
     * An adopted amendment adds a reimbursement duty to ethical recruitment as a core protection, so the adhering
     * states are asked to re-confirm; an open one, from Arvenia, would extend the skills module's sunset.
     */
    private void amendments() {
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        Amendment[] reimbursement = new Amendment[1];
        daysAgo(35, () -> {
            ModuleContent recruitment = catalogue.get(OFFICER, FAIR_LABOUR).module("ETH-REC").orElseThrow().text()
                    .content();
            List<Provision> provisions = new java.util.ArrayList<>(recruitment.provisions());
            provisions.add(core("4", "Where a worker has paid a recruitment fee, the employer shall reimburse it within "
                    + "30 days of learning of it."));
            reimbursement[0] = amendments.propose(OFFICER, FAIR_LABOUR, "ETH-REC", new AmendmentDesk.Proposal(
                    "Reimbursement of fees paid by workers", "Closes the gap where fees were paid before the fee ban.",
                    today.minusDays(21), new ModuleContent(recruitment.title(), recruitment.purpose(),
                            recruitment.category(), recruitment.gcmObjectives(), recruitment.prerequisites(),
                            recruitment.sunset(), provisions, recruitment.indicators(), recruitment.phases())));
        });
        // The union, the employers, the watchdog and the migrants' association each take part in the consultation.
        daysAgo(30, () -> amendments.comment(focalPointOf("XCO"), FAIR_LABOUR, reimbursement[0].id(),
                "Costrava supports the clause and will publish reimbursements in its open data.", "en"));
        daysAgo(29, () -> amendments.comment(focalPointOf("LTUC"), FAIR_LABOUR, reimbursement[0].id(),
                "The confederation asks that reimbursement include interest on loans taken to pay the fee.", "en"));
        daysAgo(28, () -> amendments.comment(focalPointOf("CEF"), FAIR_LABOUR, reimbursement[0].id(),
                "Employers can reimburse within 30 days if the recruiter's invoice shows the fee; we ask for a model "
                        + "invoice.", "en"));
        daysAgo(27, () -> amendments.comment(focalPointOf("FRW"), FAIR_LABOUR, reimbursement[0].id(),
                "Fair Recruitment Watch will publish a list of recruiters that charged fees, so workers know to claim.",
                "en"));
        daysAgo(26, () -> amendments.comment(focalPointOf("MWA"), FAIR_LABOUR, reimbursement[0].id(),
                "Les travailleurs doivent pouvoir réclamer sans passer par l'employeur qui a payé le recruteur.", "fr"));
        daysAgo(20, () -> amendments.adopt(OFFICER, FAIR_LABOUR, reimbursement[0].id()));

        Amendment[] extension = new Amendment[1];
        daysAgo(6, () -> {
            ModuleContent skills = catalogue.get(OFFICER, FAIR_LABOUR).module("SKILLS").orElseThrow().text().content();
            extension[0] = amendments.propose(focalPointOf("XAR"), FAIR_LABOUR, "SKILLS", new AmendmentDesk.Proposal(
                    "Extend skills recognition to 2033", "Recognition agreements need two more years to cover care work.",
                    today.plusDays(30), new ModuleContent(skills.title(), skills.purpose(), skills.category(),
                            skills.gcmObjectives(), skills.prerequisites(), Sunset.on(LocalDate.of(2033, 12, 31)),
                            skills.provisions(), skills.indicators(), skills.phases())));
            amendments.comment(focalPointOf("XAR"), FAIR_LABOUR, extension[0].id(),
                    "L'Arvénie demande deux années de plus pour les métiers du soin.", "fr");
        });
    }

    private static Actor focalPointOf(String party) {
        return Actor.user("focal." + party.toLowerCase(java.util.Locale.ROOT),
                List.of(new Actor.Membership(new PartyCode(party), Set.of(Role.FOCAL_POINT))));
    }

    private void declare(String party, Declaration declaration) {
        desk.declare(focalPointOf(party), FAIR_LABOUR, new PartyCode(party), declaration);
    }

    private void module(String code, ModuleContent content) {
        catalogue.addModule(OFFICER, FAIR_LABOUR, code, content);
    }

    private static Provision core(String number, String text) {
        return new Provision(number, text, Strength.SHALL, true);
    }

    private static Indicator indicator(String code, String name, IndicatorUnit unit, Direction direction,
            PeriodType period, String dimensions, String source, String numerator, String denominator, Double factor) {
        Double min = direction == Direction.WITHIN_RANGE ? 0.9 : null;
        Double max = direction == Direction.WITHIN_RANGE ? 1.1 : null;
        return new Indicator(code, name, null, unit, direction, period, dimensions, source, numerator, denominator,
                factor, min, max);
    }
}
