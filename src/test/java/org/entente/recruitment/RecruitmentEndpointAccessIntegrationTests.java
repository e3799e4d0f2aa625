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
