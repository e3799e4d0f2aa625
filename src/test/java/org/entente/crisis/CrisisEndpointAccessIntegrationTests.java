package org.entente.crisis;

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
class CrisisEndpointAccessIntegrationTests extends EndpointAccess {

    @Override
    protected String module() {
        return "crisis";
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
            new Endpoint("GET /api/v1/crises", true, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/crises")),
            new Endpoint("POST /api/v1/crises", false, t -> t.partyScoped(Role.FOCAL_POINT, Role.MONITOR),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/crises", "{\"code\": \"N" + System.nanoTime() % 1000000
                            + "\", \"name\": \"Flood\", \"type\": \"FLOOD\", \"leadParty\": \"" + s.party().code()
                            + "\", \"affected\": [\"" + s.party().code() + "\"]}")),
            new Endpoint("GET /api/v1/crises/{id}", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s))),
            new Endpoint("POST /api/v1/crises/{id}/events", false, t -> t.crisisScene(),
                    (s, u, t) -> json(HttpMethod.POST, t.crisisPath(s) + "/events", "{\"text\": \"Roads reopened\"}")),
            new Endpoint("POST /api/v1/crises/{id}/closure", false, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.POST, t.crisisPath(s) + "/closure")),
            new Endpoint("GET /api/v1/crises/{id}/sitreps", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/sitreps")),
            new Endpoint("POST /api/v1/crises/{id}/sitreps", false, t -> t.crisisScene(),
                    (s, u, t) -> json(HttpMethod.POST, t.crisisPath(s) + "/sitreps", "{\"party\": \"" + s.party().code()
                            + "\", \"periodStart\": \"2026-11-20T00:00:00Z\", \"periodEnd\": \"2026-11-21T00:00:00Z\", "
                            + "\"summary\": \"Calm\", \"classification\": \"PUBLIC\"}")),
            new Endpoint("GET /api/v1/crises/{id}/sitreps/{reportId}", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/sitreps/" + t.crisisFor.get(s.party().code().value())[1])),
            new Endpoint("GET /api/v1/crises/{id}/dashboard", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/dashboard")),
            new Endpoint("GET /api/v1/crises/{id}/figures.csv", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/figures.csv")),
            new Endpoint("GET /api/v1/crises/{id}/alerts", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/alerts")),
            new Endpoint("POST /api/v1/crises/{id}/alerts", false, t -> t.crisisScene(),
                    (s, u, t) -> json(HttpMethod.POST, t.crisisPath(s) + "/alerts", ALERT)),
            new Endpoint("POST /api/v1/crises/{id}/alerts/{alertId}/update", false, t -> t.crisisScene(),
                    (s, u, t) -> json(HttpMethod.POST, t.crisisPath(s) + "/alerts/" + t.alertOf(s) + "/update", ALERT)),
            new Endpoint("POST /api/v1/crises/{id}/alerts/{alertId}/cancel", false, t -> t.crisisScene(),
                    (s, u, t) -> json(HttpMethod.POST, t.crisisPath(s) + "/alerts/" + t.alertOf(s) + "/cancel", ALERT)),
            new Endpoint("GET /api/v1/crises/{id}/alerts.cap.xml", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/alerts.cap.xml")),
            new Endpoint("GET /api/v1/crises/{id}/alerts/{alertId}/cap.xml", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/alerts/" + t.alertOf(s) + "/cap.xml")),
            new Endpoint("GET /api/v1/crises/{id}/alerts.atom", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/alerts.atom")),
            new Endpoint("GET /api/v1/protocols", true, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/protocols")),
            new Endpoint("GET /api/v1/protocols/{code}", true, t -> t.escalationScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/protocols/" + t.protocolOf(s))),
            new Endpoint("POST /api/v1/protocols", false, t -> t.partyScoped(Role.SECRETARIAT, Role.FOCAL_POINT),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/protocols", "{\"code\": \"W" + System.nanoTime() % 1000000
                            + "\", \"name\": \"W\", \"levels\": [{\"name\": \"LOW\"}, {\"name\": \"HIGH\"}]}")),
            new Endpoint("GET /api/v1/crises/{id}/escalation", true, t -> t.escalationScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/escalation")),
            new Endpoint("POST /api/v1/crises/{id}/protocol", false, t -> t.escalationScene(),
                    (s, u, t) -> json(HttpMethod.POST, t.crisisPath(s) + "/protocol",
                            "{\"protocol\": \"" + t.protocolOf(s) + "\", \"level\": \"LOW\"}")),
            new Endpoint("POST /api/v1/crises/{id}/escalation", false, t -> t.escalationScene(),
                    (s, u, t) -> json(HttpMethod.POST, t.crisisPath(s) + "/escalation",
                            "{\"level\": \"HIGH\", \"reason\": \"Rising\"}")),
            new Endpoint("POST /api/v1/crises/{id}/escalation/proposals/{proposalId}/dismissal", false,
                    t -> t.escalationScene(),
                    (s, u, t) -> request(HttpMethod.POST, t.crisisPath(s) + "/escalation/proposals/"
                            + t.escalation.state(s.allowed().actor(), t.crisisFor.get(s.party().code().value())[0])
                                    .proposals().get(0).id() + "/dismissal")),
            new Endpoint("POST /api/v1/crises/{id}/actions/{actionId}/completion", false, t -> t.escalationScene(),
                    (s, u, t) -> request(HttpMethod.POST, t.crisisPath(s) + "/actions/"
                            + t.escalation.state(s.allowed().actor(), t.crisisFor.get(s.party().code().value())[0])
                                    .actions().get(0).id() + "/completion")),
            new Endpoint("GET /api/v1/crises/{id}/decision-rights", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/decision-rights")),
            new Endpoint("PUT /api/v1/crises/{id}/decision-rights", false, t -> t.crisisScene(),
                    (s, u, t) -> json(HttpMethod.PUT, t.crisisPath(s) + "/decision-rights", "{\"rights\": []}")),
            new Endpoint("GET /api/v1/crises/{id}/talking-points", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/talking-points")),
            new Endpoint("POST /api/v1/crises/{id}/talking-points", false, t -> t.crisisScene(),
                    (s, u, t) -> json(HttpMethod.POST, t.crisisPath(s) + "/talking-points", "{\"topic\": \"T\", "
                            + "\"audience\": \"PUBLIC\", \"languages\": [\"en\"], \"language\": \"en\", \"text\": \"Hello\"}")),
            new Endpoint("PUT /api/v1/crises/{id}/talking-points/{pointId}/translations/{language}", false,
                    t -> t.pointScene(),
                    (s, u, t) -> json(HttpMethod.PUT, t.pointPath(s) + "/translations/fr", "{\"text\": \"Bonjour\"}")),
            new Endpoint("POST /api/v1/crises/{id}/talking-points/{pointId}/approval", false, t -> t.pointScene(),
                    (s, u, t) -> request(HttpMethod.POST, t.pointPath(s) + "/approval")),
            new Endpoint("POST /api/v1/crises/{id}/talking-points/{pointId}/retirement", false, t -> t.pointScene(),
                    (s, u, t) -> request(HttpMethod.POST, t.pointPath(s) + "/retirement")),
            new Endpoint("GET /api/v1/crises/{id}/briefing", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/briefing?language=fr")));
    }
}
