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
    private final Accounts accounts;
    private final PartyDirectory parties;
    private final JdbcClient jdbc;
    private final String password;

    RecruitmentDemoData(RecruiterRegistry registry, Inspections inspections, Accounts accounts,
            PartyDirectory parties, JdbcClient jdbc, @Value("${entente.demo.password}") String password) {
        this.registry = registry;
        this.inspections = inspections;
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
        log.info("Demo recruiters: {} in the registry; inspectors inspector.xar, inspector.xbe, inspector.xco, "
                + "inspector.xda", made);
    }
}
