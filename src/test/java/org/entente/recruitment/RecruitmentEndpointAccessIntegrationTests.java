package org.entente.recruitment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.shared.Role;
import org.entente.support.EndpointAccess;
import org.entente.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** This module's part of the endpoint-access walk (see {@link EndpointAccess}). */
@IntegrationTest
class RecruitmentEndpointAccessIntegrationTests extends EndpointAccess {

    @Autowired
    RecruiterRegistry registry;

    final Map<String, Long> recruiters = new HashMap<>();
    final Map<String, Long> sanctions = new HashMap<>();

    @Override
    protected String module() {
        return "recruitment";
    }

    /** A recruiter licensed by the scene's party: its inspector may act (allowed), its monitor may not (denied). */
    Scene licensed() {
        Scene scene = partyScoped(Role.INSPECTOR, Role.MONITOR);
        var recruiter = registry.register(scene.allowed().actor(), new RecruiterRegistry.NewRecruiter(
                "Agency " + scene.party().code().value(), RecruiterKind.AGENCY, "XAR", null, null));
        registry.grantLicence(scene.allowed().actor(), recruiter.id(), new RecruiterRegistry.LicenceDraft(
                "L-" + scene.party().code().value(), List.of("XAR-XCO"), List.of(Sector.CARE),
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(1)));
        recruiters.put(scene.party().code().value(), recruiter.id());
        return scene;
    }

    Scene sanctioned() {
        Scene scene = licensed();
        long id = recruiters.get(scene.party().code().value());
        sanctions.put(scene.party().code().value(), registry.sanction(scene.allowed().actor(), id,
                new RecruiterRegistry.SanctionDraft(null, SanctionKind.FINE, new BigDecimal("100"), "USD", null,
                        "Act, art. 1", "Fees charged.", null, true, "Refund")).id());
        return scene;
    }

    @Autowired
    Inspections inspections;

    final Map<String, Long> inspectionIds = new HashMap<>();

    /** A planned inspection of the scene's party; done when asked. */
    Scene inspection(boolean done) {
        Scene scene = licensed();
        long recruiter = recruiters.get(scene.party().code().value());
        var planned = inspections.plan(scene.allowed().actor(), new Inspections.Plan(recruiter,
                InspectionSite.RECRUITER, null, Sector.CARE, null, LocalDate.now().minusDays(5)));
        if (done) {
            inspections.record(scene.allowed().actor(), planned.id(), new Inspections.Report(LocalDate.now().minusDays(1),
                    List.of(new Inspections.Finding(LabourStandard.SAFE_WORK, true, null)), null, null));
        }
        inspectionIds.put(scene.party().code().value(), planned.id());
        return scene;
    }

    long inspectionOf(EndpointAccess t, Scene s) {
        return ((RecruitmentEndpointAccessIntegrationTests) t).inspectionIds.get(s.party().code().value());
    }

    @Autowired
    Contracts contracts;
    @Autowired
    org.entente.party.PartyDirectory directory;

    private static final java.util.concurrent.atomic.AtomicInteger STATES = new java.util.concurrent.atomic
            .AtomicInteger((int) (System.nanoTime() % 500));

    /** A state (a user-assigned X.. code) whose inspector may act (allowed) and whose monitor may not (denied). */
    Scene stateScene() {
        for (int attempt = 0; attempt < 676; attempt++) {
            int n = STATES.getAndIncrement() % 676;
            var code = new org.entente.shared.PartyCode("X" + (char) ('A' + n / 26) + (char) ('A' + n % 26));
            if (!directory.exists(code)) {
                var party = directory.register(org.entente.shared.Actor.system(), code,
                        org.entente.party.PartyKind.STATE, new org.entente.party.PartyDetails("State " + code, null,
                                "Testland", List.of("en"), null, null, List.of()));
                return new Scene(party, fixtures.user(code, Role.INSPECTOR), fixtures.user(code, Role.MONITOR));
            }
        }
        throw new IllegalStateException("no X.. code left");
    }

    final Map<String, String> codes = new HashMap<>();
    final Map<String, Long> contractIds = new HashMap<>();

    /** A contract of the scene's licensed recruiter, registered by its inspector. */
    Scene contracted() {
        Scene scene = licensed();
        var registered = contracts.register(scene.allowed().actor(), new Contracts.Draft(
                recruiters.get(scene.party().code().value()), null, "Employer", "XAR", "XCO", "Carer", "5322",
                Sector.CARE, new BigDecimal("500"), "USD", 40, 12, "Room", List.of("en"), List.of("en"),
                LocalDate.now(), List.of(), new Contracts.Worker("Worker", null, null)));
        codes.put(scene.party().code().value(), registered.verificationCode());
        contractIds.put(scene.party().code().value(), registered.id());
        return scene;
    }

    static final String CONTRACT = "{\"recruiterId\":%d,\"employerName\":\"Employer\",\"countryFrom\":\"XAR\","
            + "\"countryTo\":\"XCO\",\"jobTitle\":\"Carer\",\"sector\":\"CARE\",\"wage\":500,\"currency\":\"USD\","
            + "\"hoursPerWeek\":40,\"durationMonths\":12,\"accommodation\":\"Room\",\"languages\":[\"en\"],"
            + "\"workerLanguages\":[\"en\"],\"signedOn\":\"2026-12-01\",\"costs\":[],\"worker\":{\"name\":\"W\"}}";

    long recruiterOf(EndpointAccess t, Scene s) {
        return ((RecruitmentEndpointAccessIntegrationTests) t).recruiters.get(s.party().code().value());
    }

    long sanctionOf(EndpointAccess t, Scene s) {
        return ((RecruitmentEndpointAccessIntegrationTests) t).sanctions.get(s.party().code().value());
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
            new Endpoint("GET /api/v1/recruiters", true, t -> ((RecruitmentEndpointAccessIntegrationTests) t).licensed(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/recruiters?q=Agency&corridor=XAR-XCO")),
            new Endpoint("GET /api/v1/recruiters/{id}", true,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).licensed(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/recruiters/" + recruiterOf(t, s))),
            new Endpoint("POST /api/v1/recruiters", false, t -> t.partyScoped(Role.INSPECTOR, Role.MONITOR),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/recruiters",
                            "{\"name\":\"New Agency\",\"kind\":\"AGENCY\",\"country\":\"XAR\"}")),
            new Endpoint("POST /api/v1/recruiters/{id}/licences", false,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).licensed(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/recruiters/" + recruiterOf(t, s) + "/licences",
                            "{\"number\":\"N-" + System.nanoTime() + "\",\"corridors\":[\"XAR-XDA\"],"
                                    + "\"sectors\":[\"CARE\"],\"validFrom\":\"2026-01-01\",\"validUntil\":\"2028-01-01\"}")),
            new Endpoint("POST /api/v1/recruiters/{id}/sanctions", false,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).licensed(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/recruiters/" + recruiterOf(t, s) + "/sanctions",
                            "{\"kind\":\"WARNING\",\"legalBasis\":\"Act, art. 10\",\"reason\":\"Contract language.\"}")),
            new Endpoint("POST /api/v1/recruitment/sanctions/{id}/appeal", false,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).sanctioned(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/recruitment/sanctions/" + sanctionOf(t, s) + "/appeal",
                            "{\"status\":\"APPEALED\"}")),
            new Endpoint("POST /api/v1/contracts", false,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).licensed(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/contracts", String.format(CONTRACT, recruiterOf(t, s)))),
            new Endpoint("POST /api/v1/contracts/verification", true,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).contracted(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/contracts/verification", "{\"code\":\""
                            + ((RecruitmentEndpointAccessIntegrationTests) t).codes.get(s.party().code().value())
                            + "\"}")),
            new Endpoint("GET /api/v1/contracts/{id}/worker", false,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).contracted(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/contracts/" + ((RecruitmentEndpointAccessIntegrationTests)
                            t).contractIds.get(s.party().code().value()) + "/worker")),
            new Endpoint("POST /api/v1/recruiters/{id}/agents", false,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).licensed(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/recruiters/" + recruiterOf(t, s) + "/agents",
                            "{\"username\":\"agent-" + s.party().code().value() + "\"}")),
            new Endpoint("PUT /api/v1/minimum-wages/{country}/{sector}", false,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).stateScene(),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/minimum-wages/" + s.party().code().value() + "/CARE",
                            "{\"amount\":420,\"currency\":\"USD\"}")),
            new Endpoint("GET /api/v1/recruitment/sdg-10-7-1", true, t -> t.memberOrNot(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/recruitment/sdg-10-7-1")),
            new Endpoint("POST /api/v1/inspections", false,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).licensed(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/inspections", "{\"recruiterId\":" + recruiterOf(t, s)
                            + ",\"site\":\"WORKPLACE\",\"sector\":\"CARE\",\"plannedOn\":\"2027-01-10\"}")),
            new Endpoint("POST /api/v1/inspections/{id}/report", false,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).inspection(false),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/inspections/" + inspectionOf(t, s) + "/report",
                            "{\"doneOn\":\"" + LocalDate.now().minusDays(1) + "\",\"findings\":[{\"standard\":"
                                    + "\"NO_FEES_CHARGED\",\"compliant\":false,\"note\":\"Fees found\"}]}")),
            new Endpoint("GET /api/v1/inspections/{id}", true,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).inspection(true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/inspections/" + inspectionOf(t, s))),
            new Endpoint("GET /api/v1/inspections/statistics", true, t -> t.memberOrNot(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/inspections/statistics?format=csv")),
            new Endpoint("POST /api/v1/recruitment/sanctions/{id}/remediation", false,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).sanctioned(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/recruitment/sanctions/" + sanctionOf(t, s)
                            + "/remediation", "{\"doneOn\":\"2026-12-01\"}")));
    }
}
