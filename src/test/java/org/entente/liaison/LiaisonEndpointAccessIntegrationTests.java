package org.entente.liaison;

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
class LiaisonEndpointAccessIntegrationTests extends EndpointAccess {

    @Override
    protected String module() {
        return "liaison";
    }

    @Override
    protected Set<String> openToAnyLoggedIn() {
        return Set.of("GET /api/v1/liaison-units/{id}/meetings",
                "GET /api/v1/liaison-units/{id}/notifications",
                "GET /api/v1/level-notices");
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
            new Endpoint("GET /api/v1/liaison-units", true, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/liaison-units")),
            new Endpoint("GET /api/v1/liaison-units/{id}", true, t -> t.unitScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.unitPath(s))),
            new Endpoint("POST /api/v1/liaison-units", false, t -> t.partyScoped(Role.FOCAL_POINT, Role.MONITOR),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/liaison-units", t.unitBody(s))),
            new Endpoint("PUT /api/v1/liaison-units/{id}", false, t -> t.unitScene(),
                    (s, u, t) -> json(HttpMethod.PUT, t.unitPath(s), t.unitBody(s))),
            new Endpoint("POST /api/v1/liaison-units/{id}/members/{index}/confirmation", false, t -> t.unitScene(),
                    (s, u, t) -> request(HttpMethod.POST, t.unitPath(s) + "/members/0/confirmation")),
            new Endpoint("GET /api/v1/liaison-units/{id}/meetings", false, t -> t.unitScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.unitPath(s) + "/meetings")),
            new Endpoint("POST /api/v1/liaison-units/{id}/meetings", false, t -> t.unitScene(),
                    (s, u, t) -> json(HttpMethod.POST, t.unitPath(s) + "/meetings", "{\"heldAt\": \"2026-01-05T08:00:00Z\", "
                            + "\"title\": \"Weekly\", \"attendees\": [\"" + s.party().code() + "\"], \"minutes\": \"Met.\"}")),
            new Endpoint("GET /api/v1/liaison-units/{id}/notifications", false, t -> t.unitScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.unitPath(s) + "/notifications")),
            new Endpoint("POST /api/v1/liaison-units/{id}/notifications/{notificationId}/acknowledgement", false,
                    t -> t.noticeScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/liaison-units/" + t.noticeFor.get(s.party().code().value())[0]
                            + "/notifications/" + t.noticeFor.get(s.party().code().value())[1] + "/acknowledgement")),
            new Endpoint("GET /api/v1/level-notices", false, t -> t.noticeScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/level-notices?crisis="
                            + t.noticeFor.get(s.party().code().value())[2])),
            new Endpoint("GET /api/v1/liaison-units/{id}/meetings.ics", true, t -> t.unitScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.unitPath(s) + "/meetings.ics")));
    }
}
