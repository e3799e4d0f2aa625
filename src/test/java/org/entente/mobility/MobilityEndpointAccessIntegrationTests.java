package org.entente.mobility;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

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
class MobilityEndpointAccessIntegrationTests extends EndpointAccess {

    @Autowired
    Mobility mobility;

    final Map<String, Long> qualifications = new HashMap<>();

    @Override
    protected String module() {
        return "mobility";
    }

    /** Another party's qualification: the scene's focal point may record how it recognises it, its monitor may not. */
    Scene otherQualification() {
        Scene scene = partyScoped(Role.FOCAL_POINT, Role.MONITOR);
        var other = fixtures.user(Role.FOCAL_POINT);
        var q = mobility.addQualification(other.actor(), new Mobility.NewQualification("Q-" + System.nanoTime(),
                "Diploma", 5, List.of("3221")));
        qualifications.put(scene.party().code().value(), q.id());
        return scene;
    }

    long qualificationOf(EndpointAccess t, Scene s) {
        return ((MobilityEndpointAccessIntegrationTests) t).qualifications.get(s.party().code().value());
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
            new Endpoint("GET /api/v1/mobility/qualifications", true, t -> t.memberOrNot(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/mobility/qualifications")),
            new Endpoint("GET /api/v1/mobility/recognition", true,
                    t -> ((MobilityEndpointAccessIntegrationTests) t).otherQualification(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/mobility/recognition?qualification="
                            + qualificationOf(t, s) + "&in=XCO&occupation=3221")),
            new Endpoint("GET /api/v1/mobility/totalisation", true, t -> t.memberOrNot(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/mobility/totalisation?benefit=PENSION&months=XAR:48,XCO:72")),
            new Endpoint("POST /api/v1/mobility/qualifications", false, t -> t.partyScoped(Role.FOCAL_POINT, Role.MONITOR),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/mobility/qualifications", "{\"code\":\"Q-"
                            + System.nanoTime() + "\",\"title\":\"Certificate\",\"iscedLevel\":3,"
                            + "\"occupations\":[\"7112\"]}")),
            new Endpoint("POST /api/v1/mobility/recognitions", false,
                    t -> ((MobilityEndpointAccessIntegrationTests) t).otherQualification(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/mobility/recognitions", "{\"qualificationId\":"
                            + qualificationOf(t, s) + ",\"occupation\":\"3221\",\"outcome\":\"FULL\","
                            + "\"legalBasis\":\"Agreement, art. 1\"}")),
            new Endpoint("POST /api/v1/mobility/schemes", false, t -> t.partyScoped(Role.FOCAL_POINT, Role.MONITOR),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/mobility/schemes",
                            "{\"benefit\":\"PENSION\",\"name\":\"Pension\",\"minimumMonths\":180}")),
            new Endpoint("POST /api/v1/mobility/agreements", false, t -> t.partyScoped(Role.FOCAL_POINT, Role.MONITOR),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/mobility/agreements", "{\"otherParty\":\""
                            + t.fixtures.party().code().value() + "\",\"benefit\":\"PENSION\",\"totalisation\":true,"
                            + "\"export\":false,\"legalBasis\":\"Agreement\",\"inForceFrom\":\"2025-01-01\"}")));
    }
}
