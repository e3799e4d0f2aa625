package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.entente.compact.AdherenceDesk;
import org.entente.compact.Amendment;
import org.entente.compact.AmendmentDesk;
import org.entente.compact.Compact;
import org.entente.compact.Declaration;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.ModuleCategory;
import org.entente.compact.ModuleContent;
import org.entente.compact.Provision;
import org.entente.compact.Strength;
import org.entente.crisis.AlertInfo;
import org.entente.crisis.Cap;
import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisAlerts;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.CrisisType;
import org.entente.crisis.Briefings;
import org.entente.crisis.Escalation;
import org.entente.crisis.TalkingPoint;
import org.entente.crisis.Translation;
import org.entente.liaison.LiaisonDirectory;
import org.entente.liaison.LiaisonUnit;
import org.entente.liaison.UnitMember;
import org.entente.crisis.LevelAction;
import org.entente.crisis.LevelTrigger;
import org.entente.crisis.ProtocolLevel;
import org.entente.crisis.SituationReport;
import org.entente.party.Party;
import org.entente.shared.Classification;
import org.entente.shared.Actor;
import org.entente.shared.Role;
import org.entente.support.EndpointAccess;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** This module's part of the endpoint-access walk (see {@link EndpointAccess}). */
@IntegrationTest
class CompactEndpointAccessIntegrationTests extends EndpointAccess {

    @Override
    protected String module() {
        return "compact";
    }

    @Override
    protected Set<String> openToAnyLoggedIn() {
        return Set.of("POST /api/v1/compacts/{code}/amendments/{id}/comments");
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
            new Endpoint("GET /api/v1/compacts", true, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts")),
            new Endpoint("GET /api/v1/compacts/{code}", true, t -> t.compactScene(true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s))),
            new Endpoint("GET /api/v1/compacts/{code}/modules/{module}/versions", true, t -> t.compactScene(true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s) + "/modules/M1/versions")),
            new Endpoint("GET /api/v1/compacts/{code}/modules/{module}/versions/{number}", true,
                    t -> t.compactScene(true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s) + "/modules/M1/versions/1")),
            new Endpoint("POST /api/v1/compacts", false, t -> t.partyScoped(Role.SECRETARIAT, Role.FOCAL_POINT),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/compacts", "{\"code\": \"N" + System.nanoTime() % 1000000
                            + "\", \"title\": \"T\", \"secretariat\": \"" + s.party().code()
                            + "\", \"entryIntoForceThreshold\": 1, \"withdrawalNoticeDays\": 0}")),
            new Endpoint("PUT /api/v1/compacts/{code}", false, t -> t.compactScene(false),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/compacts/" + t.compactOf(s), "{\"title\": \"T2\", \"secretariat\": \""
                            + s.party().code() + "\", \"entryIntoForceThreshold\": 2, \"withdrawalNoticeDays\": 30}")),
            new Endpoint("POST /api/v1/compacts/{code}/modules", false, t -> t.compactScene(false),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/compacts/" + t.compactOf(s) + "/modules",
                            "{\"code\": \"M2\", \"title\": \"Second\", \"category\": \"OTHER\"}")),
            new Endpoint("PUT /api/v1/compacts/{code}/modules/{module}", false, t -> t.compactScene(false),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/compacts/" + t.compactOf(s) + "/modules/M1",
                            "{\"title\": \"First, revised\", \"category\": \"OTHER\", \"provisions\": [{\"number\": \"1\", "
                                    + "\"text\": \"T\", \"strength\": \"SHALL\", \"coreProtection\": false}]}")),
            new Endpoint("DELETE /api/v1/compacts/{code}/modules/{module}", false, t -> t.compactScene(false),
                    (s, u, t) -> request(HttpMethod.DELETE, "/api/v1/compacts/" + t.compactOf(s) + "/modules/M1")),
            new Endpoint("POST /api/v1/compacts/{code}/decisions", false, t -> t.compactScene(true),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/compacts/" + t.compactOf(s) + "/decisions",
                            "{\"decision\": \"SUSPEND\", \"reason\": \"Review\"}")),
            new Endpoint("POST /api/v1/compacts/{code}/opening", false, t -> t.compactScene(false),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/compacts/" + t.compactOf(s) + "/opening")),
            new Endpoint("GET /api/v1/compacts/{code}/adherence", true, t -> t.compactScene(true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s) + "/adherence")),
            new Endpoint("GET /api/v1/compacts/{code}/adherence/{party}", true, t -> t.adherenceScene(false),
                    (s, u, t) -> request(HttpMethod.GET, t.adherencePath(s))),
            new Endpoint("PUT /api/v1/compacts/{code}/adherence/{party}", false, t -> t.adherenceScene(false),
                    (s, u, t) -> json(HttpMethod.PUT, t.adherencePath(s), "{\"modules\": [\"M1\"]}")),
            new Endpoint("POST /api/v1/compacts/{code}/adherence/{party}/acceptance", false, t -> t.adherenceScene(true),
                    (s, u, t) -> request(HttpMethod.POST, t.adherencePath(s) + "/acceptance")),
            new Endpoint("POST /api/v1/compacts/{code}/adherence/{party}/return", false, t -> t.adherenceScene(true),
                    (s, u, t) -> json(HttpMethod.POST, t.adherencePath(s) + "/return", "{\"reasons\": \"Add targets\"}")),
            new Endpoint("POST /api/v1/compacts/{code}/adherence/{party}/withdrawal", false, t -> t.adherenceScene(false),
                    (s, u, t) -> request(HttpMethod.POST, t.adherencePath(s) + "/withdrawal")),
            new Endpoint("POST /api/v1/compacts/{code}/adherence/{party}/modules/{module}/reconfirmation", false,
                    t -> t.adherenceScene(false),
                    (s, u, t) -> request(HttpMethod.POST, t.adherencePath(s) + "/modules/M1/reconfirmation")),
            new Endpoint("GET /api/v1/compacts/{code}/amendments", true, t -> t.compactScene(true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s) + "/amendments")),
            new Endpoint("GET /api/v1/compacts/{code}/amendments/{id}", true, t -> t.amendmentScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.amendmentPath(s))),
            new Endpoint("POST /api/v1/compacts/{code}/modules/{module}/amendments", false, t -> t.compactScene(true),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/compacts/" + t.compactOf(s) + "/modules/M1/amendments",
                            "{\"title\": \"More\", \"commentsUntil\": \"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                    + "\", \"text\": {\"title\": \"First\", \"category\": \"OTHER\", \"provisions\": ["
                                    + "{\"number\": \"1\", \"text\": \"Parties shall cooperate closely.\", \"strength\": \"SHALL\"}]}}")),
            new Endpoint("POST /api/v1/compacts/{code}/amendments/{id}/comments", false, t -> t.amendmentScene(),
                    (s, u, t) -> json(HttpMethod.POST, t.amendmentPath(s) + "/comments", "{\"text\": \"Agreed\"}")),
            new Endpoint("POST /api/v1/compacts/{code}/amendments/{id}/adoption", false, t -> t.amendmentScene(),
                    (s, u, t) -> request(HttpMethod.POST, t.amendmentPath(s) + "/adoption")),
            new Endpoint("POST /api/v1/compacts/{code}/amendments/{id}/rejection", false, t -> t.amendmentScene(),
                    (s, u, t) -> json(HttpMethod.POST, t.amendmentPath(s) + "/rejection", "{\"note\": \"No\"}")),
            new Endpoint("GET /api/v1/compacts/{code}/modules/{module}/diff", true, t -> t.compactScene(true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s) + "/modules/M1/diff?from=1&to=1")));
    }
}
