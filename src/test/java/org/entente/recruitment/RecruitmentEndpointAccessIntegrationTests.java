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
            new Endpoint("POST /api/v1/recruitment/sanctions/{id}/remediation", false,
                    t -> ((RecruitmentEndpointAccessIntegrationTests) t).sanctioned(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/recruitment/sanctions/" + sanctionOf(t, s)
                            + "/remediation", "{\"doneOn\":\"2026-12-01\"}")));
    }
}
