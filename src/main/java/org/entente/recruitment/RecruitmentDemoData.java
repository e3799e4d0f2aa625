package org.entente.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.identity.Accounts;
import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's recruiter registry: thirty agencies and employers of the corridor, licensed by Arvenia, Belmora,
 * Costrava and Dalmeria for their journeys and sectors; some suspended, revoked or expired, with fines and warnings
 * (one still under appeal, so not public). Labour inspectors `inspector.xar` and `inspector.xco` manage them.
 */
@Component
@Profile("demo")
@Order(44)
class RecruitmentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RecruitmentDemoData.class);

    private final RecruiterRegistry registry;
    private final Inspections inspections;
    private final Contracts contracts;
    private final org.entente.grievance.Intake intake;
    private final Accounts accounts;
    private final PartyDirectory parties;
    private final JdbcClient jdbc;
    private final String password;

    RecruitmentDemoData(RecruiterRegistry registry, Inspections inspections, Contracts contracts,
            org.entente.grievance.Intake intake, Accounts accounts, PartyDirectory parties, JdbcClient jdbc,
            @Value("${entente.demo.password}") String password) {
        this.registry = registry;
        this.inspections = inspections;
        this.contracts = contracts;
        this.intake = intake;
        this.accounts = accounts;
        this.parties = parties;
        this.jdbc = jdbc;
        this.password = password;
    }

    private Actor inspector(String party, String language) {
        String username = "inspector." + party.toLowerCase(java.util.Locale.ROOT);
        Map<PartyCode, Set<Role>> memberships = Map.of(new PartyCode(party), Set.of(Role.INSPECTOR));
        if (!accounts.exists(username)) {
            accounts.open(Actor.system(), new Accounts.NewAccount(username, "Labour inspector, " + party, password,
                    language, memberships));
        }
        return Actor.user(username, List.of(new Actor.Membership(new PartyCode(party), Set.of(Role.INSPECTOR))));
    }

    /**
     * About two hundred contracts of the licensed agencies to the two destinations, with the destinations' minimum
     * wages; a fifth charge the worker a fee or a related cost, a few pay below the minimum or are written in a
     * language the worker does not read; one worker reports that the contract was substituted. Answers a verification
     * code with a violation and a clean one.
     */
    private String[] contracts(Map<String, Actor> inspectors, LocalDate today) {
        Sector[] sectors = {Sector.CONSTRUCTION, Sector.CARE, Sector.AGRICULTURE, Sector.DOMESTIC_WORK,
            Sector.HOSPITALITY};
        int[] minimum = {450, 420, 380, 350, 400};
        for (String destination : List.of("XCO", "XDA")) {
            for (int s = 0; s < sectors.length; s++) {
                contracts.declareMinimumWage(inspectors.get(destination), destination, sectors[s],
                        BigDecimal.valueOf(minimum[s] + (destination.equals("XDA") ? 30 : 0)), "USD");
            }
        }
        List<Long> agencies = jdbc.sql("select r.id from recruiter r where r.kind = 'AGENCY' and exists (select 1 from "
                + "recruiter_licence l where l.recruiter_id = r.id and l.revoked_on is null and l.valid_until > ?) "
                + "order by r.id").param(java.sql.Date.valueOf(today)).query(Long.class).list();
        long bright = agencies.get(0);
        if (!accounts.exists("agent.bright")) {
            accounts.open(Actor.system(), new Accounts.NewAccount("agent.bright", "Bright Future Placement (agent)",
                    password, "en", Map.of()));
        }
        contracts.nameAgent(inspectors.get("XAR"), bright, "agent.bright");
        Actor agent = Actor.user("agent.bright", List.of());
        String[] jobs = {"Mason", "Care assistant", "Farm worker", "Domestic worker", "Cook"};
        String[] isco = {"7112", "5322", "9211", "9111", "5120"};
        String withFees = null;
        String clean = null;
        String[] names = {"Amal", "Yusuf", "Mariam", "Idris", "Salma", "Karim", "Nour", "Tariq"};
        java.util.Random random = new java.util.Random(1071);
        for (int n = 0; n < 200; n++) {
            long recruiterId = agencies.get(n % agencies.size());
            String origin = jdbc.sql("select country from recruiter where id = ?").param(recruiterId)
                    .query(String.class).single();
            String destination = n % 3 == 0 ? "XDA" : "XCO";
            int s = n % sectors.length;
            boolean fees = n % 5 == 1;
            boolean underpaid = n % 23 == 7;
            boolean foreignLanguage = n % 29 == 11;
            List<ContractRules.Cost> costs = new java.util.ArrayList<>(List.of(
                    new ContractRules.Cost(CostKind.VISA, BigDecimal.valueOf(150 + random.nextInt(100)), "USD",
                            Payer.EMPLOYER),
                    new ContractRules.Cost(CostKind.TRAVEL, BigDecimal.valueOf(300 + random.nextInt(300)), "USD",
                            Payer.EMPLOYER)));
            if (fees) {
                costs.add(new ContractRules.Cost(CostKind.RECRUITMENT_FEE, BigDecimal.valueOf(600 + random.nextInt(
                        1200)), "USD", Payer.WORKER));
            }
            int wage = minimum[s] + (destination.equals("XDA") ? 30 : 0) + (underpaid ? -60 : 20 + random.nextInt(200));
            Actor by = recruiterId == bright ? agent : inspectors.get(origin);
            LocalDate signed = today.minusDays(5 + random.nextInt(300));
            var registered = contracts.register(by, new Contracts.Draft(recruiterId, null,
                    n % 2 == 0 ? "Costa Build Ltd" : "Sunrise Care Homes", origin, destination, jobs[s], isco[s],
                    sectors[s], BigDecimal.valueOf(wage), "USD", 48, 24, "Shared room provided by the employer, free",
                    foreignLanguage ? List.of("en") : List.of("ar", "en"), n % 4 == 0 ? List.of("fr", "ar") : List.of("ar"),
                    signed, costs, new Contracts.Worker(names[n % names.length] + " " + (n + 1), "P" + (800000 + n),
                            null)));
            if (fees && withFees == null) {
                withFees = registered.verificationCode();
            }
            if (!fees && !underpaid && !foreignLanguage && clean == null && n % 4 != 0) {
                clean = registered.verificationCode();
            }
            if (n == 42) {
                var terms = contracts.verify(registered.verificationCode());
                intake.file(new org.entente.grievance.Filing(org.entente.grievance.Category.CONTRACT_SUBSTITUTED,
                        "The contract registered says " + wage + " dollars a month and 48 hours; at the site they "
                                + "gave me another one for 380 dollars and 60 hours.", origin, destination, "ar",
                        "demo passphrase", null, null, null, terms.terms().employerName(), terms.recruiterName(), null,
                        signed.toString(), false), org.entente.grievance.IntakeChannel.WEB, List.of());
            }
        }
        return new String[] {withFees, clean};
    }

    /** An inspection done so many days ago, with the first few standards not met. */
    private Long inspect(Actor inspector, long recruiterId, InspectionSite site, Sector sector, String corridor,
            LocalDate on, int notMet) {
        var planned = inspections.plan(inspector, new Inspections.Plan(recruiterId, site,
                site == InspectionSite.WORKPLACE ? "Main site" : null, sector, corridor, on.minusDays(14)));
        LabourStandard[] standards = LabourStandard.values();
        List<Inspections.Finding> findings = new java.util.ArrayList<>();
        for (int s = 0; s < 5; s++) {
            findings.add(new Inspections.Finding(standards[s], s >= notMet, s < notMet
                    ? "Found at the visit; ordered to put it right" : null));
        }
        return inspections.record(inspector, planned.id(), new Inspections.Report(on, findings,
                notMet > 0 ? on.plusDays(90) : null, notMet > 0 ? "Standards not met; follow-up visit set" : null))
                .id();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!parties.exists(new PartyCode("XCO"))
                || jdbc.sql("select count(*) from recruiter").query(Long.class).single() > 0) {
            return;
        }
        Map<String, Actor> inspectors = Map.of("XAR", inspector("XAR", "fr"), "XBE", inspector("XBE", "en"),
                "XCO", inspector("XCO", "es"), "XDA", inspector("XDA", "ar"));
        LocalDate today = registry.today();
        String[] agencyNames = {"Bright Future Placement", "Littoral Manpower", "Arvenia Overseas Careers",
            "Belmora Skills Export", "Crescent Recruitment", "Blue Harbour Agency", "Sunway Manpower Services",
            "Golden Bridge Placement", "Atlas Workforce", "Nile Star Recruiters", "Coastal Talent Partners",
            "Unity Overseas Employment", "Horizon Care Recruiters", "Greenfield Agri-Labour", "Silverline Staffing",
            "Delta Ocean Crew Agency", "Pioneer Builders Recruitment", "Oasis Domestic Placement"};
        String[] employerNames = {"Costa Build Ltd", "Dalmeria Farms Cooperative", "Harbour Logistics",
            "Sunrise Care Homes", "Northern Shore Hotels", "Costrava Steelworks", "Dalmeria Date Growers",
            "Seaview Fisheries", "Metro Cleaning Services", "Palm Coast Resorts", "Costrava Rail Works",
            "Dalmeria Home Care"};
        Sector[] sectors = Sector.values();
        int made = 0;
        for (int i = 0; i < agencyNames.length; i++) {
            String origin = i % 3 == 2 ? "XBE" : "XAR";
            Actor inspector = inspectors.get(origin);
            var recruiter = registry.register(inspector, new RecruiterRegistry.NewRecruiter(agencyNames[i],
                    RecruiterKind.AGENCY, origin, i % 4 == 0 ? "IRIS certified" : null,
                    i % 5 == 0 ? "Main office in the capital; desks in two border towns" : null));
            List<String> corridors = i % 2 == 0 ? List.of(origin + "-XCO", origin + "-XDA") : List.of(origin + "-XCO");
            LocalDate from = today.minusYears(1 + i % 3);
            LocalDate until = i == 7 ? today.minusDays(40) : today.plusYears(1 + i % 2);
            Licence licence = registry.grantLicence(inspector, recruiter.id(), new RecruiterRegistry.LicenceDraft(
                    origin.substring(1) + "-" + (2021 + i % 4) + "-" + (100 + i * 7), corridors,
                    List.of(sectors[i % 4], sectors[(i + 3) % sectors.length]), from, until));
            Long inspected = inspect(inspector, recruiter.id(), InspectionSite.RECRUITER, sectors[i % 4],
                    corridors.get(0), today.minusDays(100 + i * 3), i == 1 || i == 9 || i == 4 || i == 11 ? 2 : i % 3);
            if (i == 1 || i == 9) {
                registry.sanction(inspector, recruiter.id(), new RecruiterRegistry.SanctionDraft(null,
                        SanctionKind.FINE, new BigDecimal(i == 1 ? "12000" : "4500"), "USD", null,
                        "Recruitment Act, art. 12 (no fees charged to workers)", "Charged "
                                + (i == 1 ? 37 : 12) + " workers recruitment fees of 1,200 to 1,800 dollars each.",
                        today.minusDays(90 - i), false, "Refund every fee charged, within 60 days"), inspected);
            }
            if (i == 4) {
                registry.sanction(inspector, recruiter.id(), new RecruiterRegistry.SanctionDraft(licence.id(),
                        SanctionKind.SUSPENSION, null, null, today.plusDays(120),
                        "Recruitment Act, art. 31 (suspension)", "Kept the passports of workers placed abroad.",
                        today.minusDays(10), false, "Return every passport held"));
            }
            if (i == 11) {
                registry.sanction(inspector, recruiter.id(), new RecruiterRegistry.SanctionDraft(licence.id(),
                        SanctionKind.REVOCATION, null, null, null, "Recruitment Act, art. 33 (revocation)",
                        "Contract substitution for 60 workers after two earlier warnings.", today.minusDays(200),
                        false, null));
            }
            if (i == 13) {
                registry.sanction(inspector, recruiter.id(), new RecruiterRegistry.SanctionDraft(null,
                        SanctionKind.WARNING, null, null, null, "Recruitment Act, art. 10 (contract in the worker's "
                                + "language)", "Contracts given in a language the workers do not read.",
                        today.minusDays(30), true, null));
            }
            if (i == 16) {
                var appealed = registry.sanction(inspector, recruiter.id(), new RecruiterRegistry.SanctionDraft(null,
                        SanctionKind.FINE, new BigDecimal("8000"), "USD", null, "Recruitment Act, art. 12",
                        "Charged visa costs to workers.", today.minusDays(20), true, null));
                registry.appeal(inspector, appealed.id(), AppealStatus.APPEALED);
            }
            made++;
        }
        for (int i = 0; i < employerNames.length; i++) {
            String destination = i % 2 == 0 ? "XCO" : "XDA";
            Actor inspector = inspectors.get(destination);
            var recruiter = registry.register(inspector, new RecruiterRegistry.NewRecruiter(employerNames[i],
                    RecruiterKind.EMPLOYER, destination, null, null));
            registry.grantLicence(inspector, recruiter.id(), new RecruiterRegistry.LicenceDraft(
                    destination.substring(1) + "-E-" + (500 + i * 11), List.of("XAR-" + destination, "XBE-" + destination),
                    List.of(sectors[(i + 1) % 6]), today.minusYears(2), today.plusYears(2)));
            Long inspected = null;
            for (int visit = 0; visit < 2; visit++) {
                inspected = inspect(inspector, recruiter.id(), InspectionSite.WORKPLACE, sectors[(i + 1) % 6],
                        (visit == 0 ? "XAR-" : "XBE-") + destination, today.minusDays(40 + i * 9 + visit * 150),
                        i == 0 ? 3 : (i + visit) % 4 == 0 ? 1 : 0);
            }
            if (i == 0) {
                registry.sanction(inspector, recruiter.id(), new RecruiterRegistry.SanctionDraft(null,
                        SanctionKind.FINE, new BigDecimal("25000"), "USD", null, "Labour Code, art. 88 (wages)",
                        "Wages withheld as deposits from 40 migrant workers.", today.minusDays(30), false,
                        "Repay every deposit withheld"), inspected);
            }
            made++;
        }
        long first = jdbc.sql("select min(id) from recruiter").query(Long.class).single();
        inspections.plan(inspectors.get("XCO"), new Inspections.Plan(first, InspectionSite.RECRUITER, null,
                Sector.CONSTRUCTION, "XAR-XCO", today.plusDays(14)));
        String[] codes = contracts(inspectors, today);
        log.info("Demo contracts: about 200, a fifth charging workers fees; verify {} (fees charged) or {} (clean) at "
                + "/contracts/verify; agent.bright registers contracts for Bright Future Placement", codes[0], codes[1]);
        log.info("Demo recruiters: {} in the registry; inspectors inspector.xar, inspector.xbe, inspector.xco, "
                + "inspector.xda", made);
    }
}
