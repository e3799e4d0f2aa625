package org.entente.identity;

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
class IdentityEndpointAccessIntegrationTests extends EndpointAccess {

    @Override
    protected String module() {
        return "identity";
    }

    @Override
    protected Set<String> openToAnyLoggedIn() {
        return Set.of("GET /api/v1/identity/me",
                "GET /api/v1/identity/tokens",
                "DELETE /api/v1/identity/tokens/{id}",
                "POST /api/v1/identity/tokens");
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
            new Endpoint("GET /api/v1/identity/me", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/identity/me")),
            new Endpoint("POST /api/v1/identity/tokens", true, t -> t.roles(NONE, NONE),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/identity/tokens", "{\"username\": \""
                            + s.allowed().username() + "\", \"password\": \"" + Fixtures.PASSWORD + "\"}")),
            new Endpoint("GET /api/v1/identity/tokens", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/identity/tokens")),
            new Endpoint("DELETE /api/v1/identity/tokens/{id}", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.DELETE, "/api/v1/identity/tokens/" + t.newTokenId(u == null ? s.allowed() : u))),
            new Endpoint("GET /api/v1/identity/users", false,
                    t -> t.roles(new Role[] {Role.ADMIN}, new Role[] {Role.SECRETARIAT}),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/identity/users")),
            new Endpoint("POST /api/v1/identity/users", false,
                    t -> t.roles(new Role[] {Role.ADMIN}, new Role[] {Role.SECRETARIAT}),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/identity/users", "{\"username\": \"new-"
                            + System.nanoTime() + "\", \"displayName\": \"N\", \"password\": \"long-enough-password\"}")),
            new Endpoint("PUT /api/v1/identity/users/{username}/memberships", false,
                    t -> t.roles(new Role[] {Role.ADMIN}, new Role[] {Role.SECRETARIAT}),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/identity/users/" + s.denied().username() + "/memberships",
                            "{\"memberships\": [{\"party\": \"" + s.party().code() + "\", \"roles\": [\"MONITOR\"]}]}")));
    }
}
