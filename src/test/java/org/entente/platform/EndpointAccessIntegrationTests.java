package org.entente.platform;

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
import org.entente.support.Fixtures;
import org.entente.support.Fixtures.TestUser;
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

/**
 * Walks every API endpoint three times: with no token (401, or 2xx where public), with a token whose roles or
 * party do not allow the call (403), and with one that does (2xx). A new endpoint that is not listed here fails
 * {@link #everyApiEndpointIsWalked()}, so this table grows with the API.
 */
@IntegrationTest
class EndpointAccessIntegrationTests {

    @Autowired
    org.entente.liaison.NoticeOutbox outbox;
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CompactCatalogue compacts;
    @Autowired
    AdherenceDesk adherence;
    @Autowired
    AmendmentDesk amendments;
    @Autowired
    CrisisRoom crises;
    @Autowired
    CrisisAlerts alerts;
    @Autowired
    Escalation escalation;
    @Autowired
    LiaisonDirectory units;
    @Autowired
    Briefings briefings;
    @Autowired
    org.entente.logistics.Catalogue catalogue;
    @Autowired
    org.entente.logistics.LogisticsNetwork network;
    @Autowired
    org.entente.logistics.AssistanceRequests assistance;
    @Autowired
    org.entente.logistics.AllocationPlans plans;
    @Autowired
    org.entente.logistics.StockCards stockCards;
    @Autowired
    org.entente.logistics.Shipments shipments;
    @Autowired
    org.entente.logistics.Pledges pledges;
    @Autowired
    org.entente.logistics.Procurement procurement;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** What one walk of an endpoint needs: a subject party, and users allowed and denied for it. */
    record Scene(Party party, TestUser allowed, TestUser denied) {
    }

    /**
     * @param key     method and path pattern as Spring maps it
     * @param isPublic whether a call without a token succeeds
     * @param scene   builds the users and data for one walk
     * @param call    the request, given the scene and the user making it
     */
    record Endpoint(String key, boolean isPublic, Function<EndpointAccessIntegrationTests, Scene> scene,
            Call call) {
    }

    interface Call {
        MockHttpServletRequestBuilder build(Scene scene, TestUser caller, EndpointAccessIntegrationTests test);
    }

    @Autowired
    org.entente.allocation.SolveJobs solveJobs;
    @Autowired
    tools.jackson.databind.json.JsonMapper jsonMapper;

    /** A solve job of the user's own (jobs are their owner's alone). */
    String jobOf(TestUser user) {
        return solveJobs.submit(user.username(), false, jsonMapper.readValue(
                org.entente.logistics.AllocationApiIntegrationTests.EXAMPLE, org.entente.allocation.Instance.class)).id();
    }

    Scene roles(Role[] allowed, Role[] denied) {
        Party party = fixtures.party();
        return new Scene(party, fixtures.user(party.code(), allowed), fixtures.user(party.code(), denied));
    }

    Scene partyScoped(Role allowedRole, Role deniedRole) {
        Party party = fixtures.party();
        return new Scene(party, fixtures.user(party.code(), allowedRole), fixtures.user(party.code(), deniedRole));
    }

    Scene memberOrNot() {
        Party party = fixtures.party();
        return new Scene(party, fixtures.user(party.code(), Role.MONITOR), fixtures.user(Role.MONITOR));
    }

    static MockHttpServletRequestBuilder json(HttpMethod method, String path, String body) {
        return request(method, path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static final Role[] NONE = {Role.MONITOR};

    final List<Endpoint> endpoints = List.of(
            new Endpoint("GET /api/v1/parties", true, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/parties")),
            new Endpoint("GET /api/v1/parties/{code}", true, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/parties/" + s.party().code())),
            new Endpoint("POST /api/v1/parties", false,
                    t -> t.roles(new Role[] {Role.SECRETARIAT}, new Role[] {Role.FOCAL_POINT}),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/parties",
                            "{\"code\": \"" + t.fixtures.party().code() + "-N\", \"kind\": \"OTHER\", \"name\": \"New\"}")),
            new Endpoint("PUT /api/v1/parties/{code}", false,
                    t -> t.roles(new Role[] {Role.SECRETARIAT}, new Role[] {Role.MONITOR}),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/parties/" + s.party().code(), "{\"name\": \"Revised\"}")),
            new Endpoint("POST /api/v1/parties/{code}/focal-points/{index}/confirmation", false,
                    t -> t.partyScoped(Role.SECRETARIAT, Role.MONITOR),
                    (s, u, t) -> {
                        t.withContact(s.party());
                        return request(HttpMethod.POST, "/api/v1/parties/" + s.party().code() + "/focal-points/0/confirmation");
                    }),
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
                            "{\"memberships\": [{\"party\": \"" + s.party().code() + "\", \"roles\": [\"MONITOR\"]}]}")),
            new Endpoint("GET /api/v1/audit/verify", false,
                    t -> t.roles(new Role[] {Role.AUDITOR}, new Role[] {Role.FOCAL_POINT}),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/audit/verify")),
            new Endpoint("GET /api/v1/audit/entries", false,
                    t -> t.roles(new Role[] {Role.ADMIN}, new Role[] {Role.SECRETARIAT}),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/audit/entries")),
            new Endpoint("GET /api/v1/sharing/rules/{party}", false, EndpointAccessIntegrationTests::memberOrNot,
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/sharing/rules/" + s.party().code())),
            new Endpoint("PUT /api/v1/sharing/rules/{party}/{dataKind}", false,
                    t -> t.partyScoped(Role.FOCAL_POINT, Role.ADMIN),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/sharing/rules/" + s.party().code() + "/FINANCE",
                            "{\"parties\": []}")),
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
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s) + "/modules/M1/diff?from=1&to=1")),
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
            new Endpoint("GET /api/v1/logistics/commodities", true, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/commodities")),
            new Endpoint("POST /api/v1/logistics/commodities", false, t -> t.roles(new Role[] {Role.LOGISTICS_OFFICER}, NONE),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/commodities", "{\"code\": \"C" + System.nanoTime()
                            + "\", \"name\": \"Tarpaulin\", \"unit\": \"piece\", \"unitWeightKg\": 3.5, \"category\": \"SHELTER\"}")),
            new Endpoint("PUT /api/v1/logistics/commodities/{code}", false, t -> t.warehouseScene(),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/logistics/commodities/" + t.stockFor.get(s.party().code().value())[1],
                            "{\"name\": \"Kit\", \"unit\": \"kit\", \"unitWeightKg\": 5, \"category\": \"WASH\", \"version\": 0}")),
            new Endpoint("GET /api/v1/logistics/nodes", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/nodes")),
            new Endpoint("POST /api/v1/logistics/nodes", false, t -> t.partyScoped(Role.LOGISTICS_OFFICER, Role.MONITOR),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/nodes", "{\"code\": \"N" + System.nanoTime()
                            + "\", \"name\": \"Depot\", \"kind\": \"WAREHOUSE\", \"party\": \"" + s.party().code() + "\"}")),
            new Endpoint("GET /api/v1/logistics/links", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/links")),
            new Endpoint("POST /api/v1/logistics/links", false, t -> t.warehouseScene(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/links", "{\"from\": \""
                            + t.stockFor.get(s.party().code().value())[0] + "\", \"to\": \"" + t.stockFor.get(s.party().code().value())[2]
                            + "\", \"mode\": \"ROAD\", \"transitHours\": 5, \"capacityKg\": 1000, \"costPerKg\": 0.2}")),
            new Endpoint("POST /api/v1/logistics/links/{id}/closure", false, t -> t.warehouseScene(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/links/" + t.stockFor.get(s.party().code().value())[3]
                            + "/closure", "{\"reason\": \"Bridge down\"}")),
            new Endpoint("POST /api/v1/logistics/links/{id}/reopening", false, t -> t.warehouseScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/links/" + t.stockFor.get(s.party().code().value())[3]
                            + "/reopening")),
            new Endpoint("GET /api/v1/logistics/warehouses/{code}/stock", false, t -> t.warehouseScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/warehouses/" + t.stockFor.get(s.party().code().value())[0]
                            + "/stock")),
            new Endpoint("GET /api/v1/logistics/warehouses/{code}/movements", false, t -> t.warehouseScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/warehouses/" + t.stockFor.get(s.party().code().value())[0]
                            + "/movements")),
            new Endpoint("POST /api/v1/logistics/warehouses/{code}/movements", false, t -> t.warehouseScene(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/warehouses/" + t.stockFor.get(s.party().code().value())[0]
                            + "/movements", "{\"kind\": \"RECEIPT\", \"commodity\": \"" + t.stockFor.get(s.party().code().value())[1]
                            + "\", \"lot\": \"L1\", \"owner\": \"" + s.party().code() + "\", \"quantity\": 10, \"reason\": \"Donation\"}")),
            new Endpoint("PUT /api/v1/logistics/warehouses/{code}/minimums/{commodity}", false, t -> t.warehouseScene(),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/logistics/warehouses/" + t.stockFor.get(s.party().code().value())[0]
                            + "/minimums/" + t.stockFor.get(s.party().code().value())[1], "{\"minimum\": 100}")),
            new Endpoint("GET /api/v1/logistics/parties/{party}/stock-visibility", false, t -> t.memberOrNot(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/parties/" + s.party().code() + "/stock-visibility")),
            new Endpoint("PUT /api/v1/logistics/parties/{party}/stock-visibility", false,
                    t -> t.partyScoped(Role.LOGISTICS_OFFICER, Role.MONITOR),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/logistics/parties/" + s.party().code() + "/stock-visibility",
                            "{\"classification\": \"RESTRICTED\"}")),
            new Endpoint("GET /api/v1/logistics/crises/{id}/requests", false, t -> t.requestScene(false),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s).replace("/api/v1/crises/", "/api/v1/logistics/crises/")
                            + "/requests")),
            new Endpoint("POST /api/v1/logistics/crises/{id}/requests", false, t -> t.requestScene(false),
                    (s, u, t) -> json(HttpMethod.POST, t.crisisPath(s).replace("/api/v1/crises/", "/api/v1/logistics/crises/")
                            + "/requests", "{\"party\": \"" + s.party().code() + "\", \"deliveryPoint\": \""
                            + t.requestFor.get(s.party().code().value())[1] + "\", \"lines\": [{\"commodity\": \""
                            + t.requestFor.get(s.party().code().value())[2] + "\", \"quantity\": 5, \"priority\": \"URGENT\","
                            + " \"neededBy\": \"2099-01-01T00:00:00Z\"}]}")),
            new Endpoint("GET /api/v1/logistics/requests/{id}", false, t -> t.requestScene(false),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/requests/" + t.requestFor.get(s.party().code().value())[0])),
            new Endpoint("POST /api/v1/logistics/requests/{id}/submission", false, t -> t.requestScene(false),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/requests/" + t.requestFor.get(s.party().code().value())[0]
                            + "/submission")),
            new Endpoint("POST /api/v1/logistics/requests/{id}/approval", false, t -> t.requestScene(true),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/requests/" + t.requestFor.get(s.party().code().value())[0]
                            + "/approval")),
            new Endpoint("POST /api/v1/logistics/requests/{id}/cancellation", false, t -> t.requestScene(true),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/requests/" + t.requestFor.get(s.party().code().value())[0]
                            + "/cancellation", "{\"reason\": \"No longer needed\"}")),
            new Endpoint("GET /api/v1/logistics/crises/{id}/allocation-plans", false, t -> t.planScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/allocation-plans")),
            new Endpoint("POST /api/v1/logistics/crises/{id}/allocation-plans", false, t -> t.planScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/allocation-plans")),
            new Endpoint("GET /api/v1/logistics/allocation-plans/{id}", false, t -> t.planScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/allocation-plans/" + t.planFor.get(s.party().code().value()))),
            new Endpoint("POST /api/v1/logistics/allocation-plans/{id}/approval", false, t -> t.planScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/allocation-plans/" + t.planFor.get(s.party().code().value())
                            + "/approval")),
            new Endpoint("POST /api/v1/logistics/allocation-plans/{id}/withdrawal", false, t -> t.planScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/allocation-plans/" + t.planFor.get(s.party().code().value())
                            + "/withdrawal")),
            new Endpoint("GET /api/v1/logistics/crises/{id}/shipments", false, t -> t.shipmentScene(false, false),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/shipments")),
            new Endpoint("GET /api/v1/logistics/shipments/{id}", false, t -> t.shipmentScene(false, false),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/shipments/" + t.shipmentFor.get(s.party().code().value()))),
            new Endpoint("POST /api/v1/logistics/shipments/{id}/dispatch", false, t -> t.shipmentScene(false, false),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/shipments/" + t.shipmentFor.get(s.party().code().value())
                            + "/dispatch")),
            new Endpoint("POST /api/v1/logistics/shipments/{id}/events", false, t -> t.shipmentScene(true, false),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/shipments/" + t.shipmentFor.get(s.party().code().value())
                            + "/events", "{\"status\": \"IN_TRANSIT\", \"place\": \"Km 40\"}")),
            new Endpoint("POST /api/v1/logistics/shipments/{id}/delivery", false, t -> t.shipmentScene(true, true),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/shipments/" + t.shipmentFor.get(s.party().code().value())
                            + "/delivery", "{\"items\": [{\"accepted\": 5, \"rejected\": 0}]}")),
            new Endpoint("POST /api/v1/logistics/shipments/{id}/cancellation", false, t -> t.shipmentScene(false, false),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/shipments/" + t.shipmentFor.get(s.party().code().value())
                            + "/cancellation", "{\"reason\": \"Road flooded\"}")),
            new Endpoint("GET /api/v1/logistics/crises/{id}/cost-sharing", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/cost-sharing")),
            new Endpoint("PUT /api/v1/logistics/crises/{id}/cost-sharing", false, t -> t.crisisScene(),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/cost-sharing", "{\"model\": \"REQUESTER_PAYS\"}")),
            new Endpoint("GET /api/v1/logistics/crises/{id}/transparency", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/transparency")),
            new Endpoint("GET /api/v1/logistics/crises/{id}/pledges", false, t -> t.pledgeScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/pledges")),
            new Endpoint("POST /api/v1/logistics/crises/{id}/pledges", false, t -> t.pledgeScene(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/pledges", "{\"party\": \"" + s.party().code() + "\", \"commodity\": \""
                            + t.requestFor.get(s.party().code().value())[2] + "\", \"quantity\": 5, \"kind\": \"TO_PROCURE\","
                            + " \"availableBy\": \"2099-01-01\"}")),
            new Endpoint("POST /api/v1/logistics/pledges/{id}/fulfilment", false, t -> t.pledgeScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/pledges/" + t.pledgeFor.get(s.party().code().value())
                            + "/fulfilment")),
            new Endpoint("POST /api/v1/logistics/pledges/{id}/destination", false, t -> t.pledgeScene(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/pledges/" + t.pledgeFor.get(s.party().code().value())
                            + "/destination", "{\"warehouse\": \"" + t.pledgeWarehouseFor.get(s.party().code().value()) + "\"}")),
            new Endpoint("POST /api/v1/logistics/pledges/{id}/withdrawal", false, t -> t.pledgeScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/pledges/" + t.pledgeFor.get(s.party().code().value())
                            + "/withdrawal")),
            new Endpoint("GET /api/v1/logistics/tenders", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/tenders")),
            new Endpoint("POST /api/v1/logistics/tenders", false, t -> t.warehouseScene(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/tenders", "{\"buyer\": \"" + s.party().code()
                            + "\", \"title\": \"Kits\", \"commodity\": \"" + t.stockFor.get(s.party().code().value())[1]
                            + "\", \"quantity\": 100, \"deliveryTo\": \"" + t.stockFor.get(s.party().code().value())[0]
                            + "\", \"closesAt\": \"2099-01-01T00:00:00Z\"}")),
            new Endpoint("GET /api/v1/logistics/tenders/{id}", false, t -> t.tenderScene(false),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/tenders/" + t.tenderFor.get(s.party().code().value()))),
            new Endpoint("POST /api/v1/logistics/tenders/{id}/bids", false, t -> t.tenderScene(false),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/tenders/" + t.tenderFor.get(s.party().code().value())
                            + "/bids", "{\"supplier\": \"Aquasafe Ltd\", \"unitPrice\": 7.5, \"currency\": \"USD\","
                            + " \"deliveryBy\": \"2099-02-01\"}")),
            new Endpoint("POST /api/v1/logistics/tenders/{id}/award", false, t -> t.tenderScene(true),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/tenders/" + t.tenderFor.get(s.party().code().value())
                            + "/award", "{\"bid\": " + t.bidFor.get(s.party().code().value()) + "}")),
            new Endpoint("GET /api/v1/logistics/tenders/{id}/ocds", true, t -> t.tenderScene(false),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/tenders/" + t.tenderFor.get(s.party().code().value())
                            + "/ocds")),
            new Endpoint("POST /api/v1/logistics/allocation/solve", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/allocation/solve",
                            org.entente.logistics.AllocationApiIntegrationTests.EXAMPLE)),
            new Endpoint("GET /api/v1/logistics/allocation/jobs/{id}", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/allocation/jobs/" + t.jobOf(s.allowed()))),
            new Endpoint("DELETE /api/v1/logistics/allocation/jobs/{id}", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.DELETE, "/api/v1/logistics/allocation/jobs/" + t.jobOf(s.allowed()))),
            new Endpoint("GET /api/v1/liaison-units/{id}/meetings.ics", true, t -> t.unitScene(),
                    (s, u, t) -> request(HttpMethod.GET, t.unitPath(s) + "/meetings.ics")),
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
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s) + "/briefing?language=fr")),
            new Endpoint("GET /api/v1/sharing/disclosures/{party}", false,
                    t -> t.partyScoped(Role.AUDITOR, Role.MONITOR),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/sharing/disclosures/" + s.party().code())));

    /** A compact drafted by the scene's secretariat with one module M1; opened when asked. */
    Scene compactScene(boolean open) {
        Scene scene = partyScoped(Role.SECRETARIAT, Role.FOCAL_POINT);
        Actor secretariat = scene.allowed().actor();
        String code = compactOf(scene);
        compacts.draft(secretariat, code, new Compact.Terms("Test compact", null, scene.party().code(), 1, 30));
        compacts.addModule(secretariat, code, "M1", new ModuleContent("First", null, ModuleCategory.OTHER, null, null,
                null, List.of(new Provision("1", "Parties shall cooperate.", Strength.SHALL, false)), null, null));
        if (open) {
            compacts.open(secretariat, code);
        }
        return scene;
    }

    /** Which compact a scene's party is about: its own (as secretariat) unless it declared adherence to another. */
    final java.util.Map<String, String> compactFor = new java.util.HashMap<>();

    String compactOf(Scene scene) {
        return compactFor.getOrDefault(scene.party().code().value(), "C" + scene.party().code().value());
    }

    String adherencePath(Scene scene) {
        return "/api/v1/compacts/" + compactOf(scene) + "/adherence/" + scene.party().code();
    }

    final java.util.Map<String, long[]> crisisFor = new java.util.HashMap<>();

    /** A crisis led by the scene's party, whose focal point may act and whose monitor may not, with one public report. */
    Scene crisisScene() {
        Scene scene = partyScoped(Role.FOCAL_POINT, Role.MONITOR);
        var party = scene.party().code();
        long crisis = crises.open(scene.allowed().actor(), new Crisis.Declaration("K" + System.nanoTime() % 100000000,
                "Flood", CrisisType.FLOOD, party, java.util.Set.of(party), null, Classification.PUBLIC, 24)).id();
        java.time.Instant now = java.time.Instant.now();
        long report = crises.submit(scene.allowed().actor(), crisis, party, new SituationReport.Content(
                now.minusSeconds(60), now, "Calm", Classification.PUBLIC, java.util.Set.of(), null, null, null, null)).id();
        crisisFor.put(party.value(), new long[] {crisis, report});
        alerts.issue(scene.allowed().actor(), crisis, new CrisisAlerts.Draft(Cap.Status.TEST, Cap.Scope.PUBLIC, null,
                List.of(new AlertInfo("en", Cap.Category.MET, "Flood", Cap.Urgency.EXPECTED, Cap.Severity.MODERATE,
                        Cap.Certainty.LIKELY, "River rising", null, null, null, "Delta", null, null, null))));
        return scene;
    }

    static final String ALERT = "{\"status\": \"TEST\", \"scope\": \"PUBLIC\", \"infos\": [{\"language\": \"en\", "
            + "\"category\": \"MET\", \"event\": \"Flood\", \"urgency\": \"EXPECTED\", \"severity\": \"MODERATE\", "
            + "\"certainty\": \"LIKELY\", \"headline\": \"River rising\", \"areaDesc\": \"Delta\"}]}";

    /** Each crisis scene issues one public alert, so that alert endpoints have something to serve and follow. */
    long alertOf(Scene scene) {
        long crisis = crisisFor.get(scene.party().code().value())[0];
        return alerts.of(scene.allowed().actor(), crisis).stream()
                .filter(a -> a.msgType() != org.entente.crisis.Cap.MsgType.CANCEL).findFirst()
                .orElseThrow().id();
    }

    final java.util.Map<String, String> protocolFor = new java.util.HashMap<>();

    /**
     * A crisis scene under a two-level protocol at LOW, with a report whose figures make the HIGH trigger propose,
     * and the LOW level's action mandated on the lead party's focal point.
     */
    Scene escalationScene() {
        Scene scene = crisisScene();
        String code = "W" + System.nanoTime() % 100000000;
        var secretariat = fixtures.user(Role.SECRETARIAT);
        escalation.define(secretariat.actor(), code, "Walk", List.of(new ProtocolLevel("LOW", null),
                new ProtocolLevel("HIGH", null)), List.of(new LevelTrigger("HIGH", "affected", 1)),
                List.of(new LevelAction("LOW", "Watch", Role.FOCAL_POINT, 6)));
        long crisis = crisisFor.get(scene.party().code().value())[0];
        java.time.Instant now = java.time.Instant.now();
        crises.submit(scene.allowed().actor(), crisis, scene.party().code(), new SituationReport.Content(
                now.minusSeconds(60), now, "Rising", Classification.PUBLIC, java.util.Set.of(),
                new org.entente.crisis.KeyFigures(10L, null, null, null, null, null, null), null, null, null));
        escalation.apply(scene.allowed().actor(), crisis, code, "LOW");
        protocolFor.put(scene.party().code().value(), code);
        return scene;
    }

    String protocolOf(Scene scene) {
        return protocolFor.get(scene.party().code().value());
    }

    final java.util.Map<String, Long> unitFor = new java.util.HashMap<>();

    /** A liaison unit of the scene's party, kept by its focal point; a monitor of the party may not keep it. */
    Scene unitScene() {
        Scene scene = partyScoped(Role.FOCAL_POINT, Role.MONITOR);
        long id = units.establish(scene.allowed().actor(), scene.party().code(), new LiaisonUnit.Details("Unit", null,
                null, null, null, null, java.time.DayOfWeek.MONDAY, java.time.LocalTime.NOON, 60,
                List.of(new UnitMember("Ana", "Duty officer", null, null, "en", null)), List.of())).id();
        unitFor.put(scene.party().code().value(), id);
        return scene;
    }

    final java.util.Map<String, Long> pledgeFor = new java.util.HashMap<>();
    final java.util.Map<String, String> pledgeWarehouseFor = new java.util.HashMap<>();

    /**
     * A request scene with a pledge to procure of the party's focal point, who may also close it and name a warehouse
     * of the party for its goods; a monitor may only read.
     */
    Scene pledgeScene() {
        Scene scene = requestScene(false);
        var party = scene.party().code();
        String warehouse = "H" + requestFor.get(party.value())[1].substring(1);
        network.addNode(scene.allowed().actor(), new org.entente.logistics.LogisticsNode(warehouse, "Depot",
                org.entente.allocation.Instance.NodeKind.WAREHOUSE, party, null, null, 0));
        pledgeWarehouseFor.put(party.value(), warehouse);
        pledgeFor.put(party.value(), pledges.pledge(scene.allowed().actor(), crisisFor.get(party.value())[0],
                new org.entente.logistics.Pledge.Offer(party.value(), requestFor.get(party.value())[2], 5.0,
                        org.entente.logistics.Pledge.Kind.TO_PROCURE, null, java.time.LocalDate.of(2099, 1, 1), null)).id());
        return scene;
    }

    final java.util.Map<String, Long> tenderFor = new java.util.HashMap<>();
    final java.util.Map<String, Long> bidFor = new java.util.HashMap<>();

    /** A tender of the scene party's logistics officer with one bid, closed if asked (it closes a second after opening). */
    Scene tenderScene(boolean closed) {
        Scene scene = warehouseScene();
        var party = scene.party().code();
        String[] keys = stockFor.get(party.value());
        var tender = procurement.open(scene.allowed().actor(), new org.entente.logistics.Procurement.Call(party.value(),
                "Kits", keys[1], 100.0, keys[0], java.time.Instant.now().plusMillis(closed ? 800 : 86_400_000L), List.of()));
        tender = procurement.bid(scene.allowed().actor(), tender.id(), new org.entente.logistics.Procurement.Offer(
                "Aquasafe Ltd", 7.5, "USD", java.time.LocalDate.of(2099, 2, 1)));
        tenderFor.put(party.value(), tender.id());
        bidFor.put(party.value(), tender.bids().get(0).id());
        if (closed) {
            try {
                Thread.sleep(900);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return scene;
    }

    final java.util.Map<String, Long> shipmentFor = new java.util.HashMap<>();

    /**
     * An approved plan's shipment from the scene party's warehouse to its delivery point, dispatched if asked. The
     * party's logistics officer dispatches, tracks and cancels; for a delivery, the party's focal point confirms it.
     * A monitor of the party may only read.
     */
    Scene shipmentScene(boolean dispatched, boolean forDelivery) {
        Scene scene = planScene();
        var party = scene.party().code();
        plans.approve(scene.allowed().actor(), planFor.get(party.value()));
        long crisis = crisisFor.get(party.value())[0];
        long id = shipments.ofCrisis(scene.allowed().actor(), crisis).get(0).id();
        shipmentFor.put(party.value(), id);
        TestUser officer = fixtures.user(party, Role.LOGISTICS_OFFICER);
        if (dispatched) {
            shipments.dispatch(officer.actor(), id);
        }
        return forDelivery ? scene : new Scene(scene.party(), officer, scene.denied());
    }

    final java.util.Map<String, Long> planFor = new java.util.HashMap<>();

    /**
     * A crisis led by the scene's party with stock, a delivery point reached by road, an approved request and a
     * proposed plan: the party's focal point proposes and approves plans; a monitor of the party only reads.
     */
    Scene planScene() {
        Scene scene = requestScene(true);
        var party = scene.party().code();
        var focal = scene.allowed().actor();
        String[] keys = requestFor.get(party.value());
        long crisis = crisisFor.get(party.value())[0];
        assistance.approve(focal, Long.parseLong(keys[0]));
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        var officer = fixtures.user(party, Role.LOGISTICS_OFFICER).actor();
        network.addNode(officer, new org.entente.logistics.LogisticsNode("H" + suffix, "Depot",
                org.entente.allocation.Instance.NodeKind.WAREHOUSE, party, null, null, 0));
        network.addLink(officer, new org.entente.logistics.LogisticsLink(null, "H" + suffix, keys[1],
                org.entente.allocation.Instance.Mode.ROAD, 5, 0, 1_000_000, 0.2, null, null, 0));
        stockCards.record(officer, "H" + suffix, new org.entente.logistics.StockCards.Entry("RECEIPT", keys[2], "L1",
                party.value(), 100.0, null, "Stockpile", null));
        planFor.put(party.value(), plans.propose(focal, crisis).id());
        return scene;
    }

    final java.util.Map<String, String[]> requestFor = new java.util.HashMap<>();

    /**
     * A crisis led by the scene's party with a delivery point and a request for assistance from that party (submitted
     * if asked): its focal point drafts, submits, approves (the default decision holder) and cancels; a monitor of the
     * same party may only read.
     */
    Scene requestScene(boolean submitted) {
        Scene scene = crisisScene();
        var party = scene.party().code();
        var focal = scene.allowed().actor();
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        catalogue.add(fixtures.user(Role.SECRETARIAT).actor(), new org.entente.logistics.Commodity("Q" + suffix, "Kit", "kit",
                5, null, org.entente.logistics.Commodity.Category.WASH, null, true, 0));
        network.addNode(focal, new org.entente.logistics.LogisticsNode("P" + suffix, "Shelter",
                org.entente.allocation.Instance.NodeKind.DELIVERY_POINT, party, null, null, 0));
        long crisis = crisisFor.get(party.value())[0];
        var created = assistance.draft(focal, crisis, party, "P" + suffix, List.of(new org.entente.logistics.AssistanceRequests.LineDraft(
                "Q" + suffix, 5.0, org.entente.allocation.Instance.Priority.URGENT,
                java.time.Instant.now().plus(java.time.Duration.ofDays(2)))), null);
        if (submitted) {
            assistance.submit(focal, created.id());
        }
        requestFor.put(party.value(), new String[] {String.valueOf(created.id()), "P" + suffix, "Q" + suffix});
        return scene;
    }

    final java.util.Map<String, String[]> stockFor = new java.util.HashMap<>();

    /**
     * Two warehouses of the scene's party joined by a road, and a commodity: the party's logistics officer keeps them;
     * a monitor of the same party may read but not change them.
     */
    Scene warehouseScene() {
        Scene scene = partyScoped(Role.LOGISTICS_OFFICER, Role.MONITOR);
        var party = scene.party().code();
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        var officer = scene.allowed().actor();
        catalogue.add(officer, new org.entente.logistics.Commodity("K" + suffix, "Kit", "kit", 5, null,
                org.entente.logistics.Commodity.Category.WASH, null, true, 0));
        network.addNode(officer, new org.entente.logistics.LogisticsNode("W" + suffix, "Depot",
                org.entente.allocation.Instance.NodeKind.WAREHOUSE, party, null, null, 0));
        network.addNode(officer, new org.entente.logistics.LogisticsNode("V" + suffix, "Depot 2",
                org.entente.allocation.Instance.NodeKind.WAREHOUSE, party, null, null, 0));
        long link = network.addLink(officer, new org.entente.logistics.LogisticsLink(null, "W" + suffix, "V" + suffix,
                org.entente.allocation.Instance.Mode.ROAD, 5, 0, 1000, 0.2, null, null, 0)).id();
        stockFor.put(party.value(), new String[] {"W" + suffix, "K" + suffix, "V" + suffix, String.valueOf(link)});
        return scene;
    }

    final java.util.Map<String, long[]> noticeFor = new java.util.HashMap<>();

    /** A liaison unit that received a level notice: any member of its party acknowledges it, no one else. */
    Scene noticeScene() {
        Scene scene = memberOrNot();
        var party = scene.party().code();
        var focal = fixtures.user(party, Role.FOCAL_POINT);
        long unit = units.establish(focal.actor(), party, new LiaisonUnit.Details("Unit", null, null, null, null, null,
                java.time.DayOfWeek.MONDAY, java.time.LocalTime.NOON, 60,
                List.of(new UnitMember("Ana", "Duty officer", null, null, "en", null)), List.of())).id();
        long crisis = crises.open(focal.actor(), new Crisis.Declaration("N" + System.nanoTime() % 100000000,
                "Flood", CrisisType.FLOOD, party, java.util.Set.of(party), null, Classification.PUBLIC, 24)).id();
        String code = "V" + System.nanoTime() % 100000000;
        escalation.define(fixtures.user(Role.SECRETARIAT).actor(), code, "Notify",
                List.of(new ProtocolLevel("LOW", null), new ProtocolLevel("HIGH", null)),
                List.of(), List.of(), List.of(new org.entente.crisis.LevelNotice("LOW", party.value(), "en")));
        escalation.apply(focal.actor(), crisis, code, "LOW");
        fixtures.awaitReactions();
        long notice = outbox.ofCrisis(crisis).get(0).notice().id();
        noticeFor.put(party.value(), new long[] {unit, notice, crisis});
        return scene;
    }

    String unitPath(Scene scene) {
        return "/api/v1/liaison-units/" + unitFor.get(scene.party().code().value());
    }

    String unitBody(Scene scene) {
        return "{\"party\": \"" + scene.party().code() + "\", \"name\": \"Unit\", \"members\": [{\"name\": \"Ana\", "
                + "\"function\": \"Duty officer\", \"languages\": \"en\"}]}";
    }

    final java.util.Map<String, Long> pointFor = new java.util.HashMap<>();

    /** A crisis scene with a talking point drafted by the lead party's focal point, in English, also wanted in French. */
    Scene pointScene() {
        Scene scene = crisisScene();
        long crisis = crisisFor.get(scene.party().code().value())[0];
        pointFor.put(scene.party().code().value(), briefings.draft(scene.allowed().actor(), crisis, "Topic",
                TalkingPoint.Audience.PUBLIC, List.of("en", "fr"), new Translation("en", "Hello", false)).id());
        return scene;
    }

    String pointPath(Scene scene) {
        return crisisPath(scene) + "/talking-points/" + pointFor.get(scene.party().code().value());
    }

    String crisisPath(Scene scene) {
        return "/api/v1/crises/" + crisisFor.get(scene.party().code().value())[0];
    }

    final java.util.Map<String, Long> amendmentFor = new java.util.HashMap<>();

    /** An open compact with an amendment of M1 proposed by its secretariat, closing today. */
    Scene amendmentScene() {
        Scene scene = compactScene(true);
        Amendment amendment = amendments.propose(scene.allowed().actor(), compactOf(scene), "M1",
                new AmendmentDesk.Proposal("Closer", null, java.time.LocalDate.now(java.time.ZoneOffset.UTC),
                        new ModuleContent("First", null, ModuleCategory.OTHER, null, null, null,
                                List.of(new Provision("1", "Parties shall cooperate closely.", Strength.SHALL, false)),
                                null, null)));
        amendmentFor.put(scene.party().code().value(), amendment.id());
        return scene;
    }

    String amendmentPath(Scene scene) {
        return "/api/v1/compacts/" + compactOf(scene) + "/amendments/" + amendmentFor.get(scene.party().code().value());
    }

    /**
     * A party that has declared adherence to an open compact. For the secretariat's endpoints the entitled caller
     * is the compact's secretariat; otherwise the party's focal point, with a monitor of the party as unentitled.
     */
    Scene adherenceScene(boolean secretariatCalls) {
        Scene compact = compactScene(true);
        Party party = fixtures.party();
        TestUser focal = fixtures.user(party.code(), Role.FOCAL_POINT);
        adherence.declare(focal.actor(), compactOf(compact), party.code(),
                new Declaration(java.util.Set.of("M1"), List.of(), List.of(), List.of()));
        compactFor.put(party.code().value(), compactOf(compact));
        return secretariatCalls ? new Scene(party, compact.allowed(), focal)
                : new Scene(party, focal, fixtures.user(party.code(), Role.MONITOR));
    }

    void withContact(Party party) {
        var details = party.details();
        fixtures.addContact(party.code(), details);
    }

    long newTokenId(TestUser user) {
        return fixtures.tokenIdOf(user);
    }

    @Test
    void everyApiEndpointIsWalked() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        }
        Set<String> walked = new TreeSet<>(endpoints.stream().map(Endpoint::key).toList());
        assertThat(walked).as("endpoints in this table").isEqualTo(mapped);
    }

    @Test
    void eachEndpointRefusesTheAnonymousAndTheUnentitledAndServesTheEntitled() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Scene scene = endpoint.scene().apply(this);
            int anonymous = status(endpoint.call().build(scene, null, this));
            if (endpoint.isPublic() ? anonymous / 100 != 2 : anonymous != 401) {
                failures.add(endpoint.key() + " without a token answered " + anonymous);
            }
            if (!endpoint.isPublic() && scene.denied() != scene.allowed() && !sameRights(endpoint)) {
                int denied = status(endpoint.call().build(scene, scene.denied(), this)
                        .header("Authorization", scene.denied().bearer()));
                if (denied != 403) {
                    failures.add(endpoint.key() + " with an unentitled token answered " + denied);
                }
            }
            int allowed = status(endpoint.call().build(scene, scene.allowed(), this)
                    .header("Authorization", scene.allowed().bearer()));
            if (allowed / 100 != 2) {
                failures.add(endpoint.key() + " with an entitled token answered " + allowed);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void metricsAreForAdministratorsAndAuditorsWhileHealthIsPublic() throws Exception {
        assertThat(status(request(HttpMethod.GET, "/actuator/health"))).isEqualTo(200);
        assertThat(status(request(HttpMethod.GET, "/actuator/prometheus"))).isEqualTo(401);
        assertThat(status(request(HttpMethod.GET, "/actuator/prometheus")
                .header("Authorization", fixtures.user(Role.FOCAL_POINT).bearer()))).isEqualTo(403);
        var response = mvc.perform(request(HttpMethod.GET, "/actuator/prometheus")
                .header("Authorization", fixtures.user(Role.AUDITOR).bearer())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("jvm_memory_used_bytes");
    }

    /** Endpoints open to any logged-in user have no unentitled caller. */
    private static boolean sameRights(Endpoint endpoint) {
        return Set.of("GET /api/v1/identity/me", "GET /api/v1/identity/tokens", "DELETE /api/v1/identity/tokens/{id}",
                "GET /api/v1/parties", "GET /api/v1/parties/{code}", "POST /api/v1/identity/tokens",
                "POST /api/v1/compacts/{code}/amendments/{id}/comments",
                "GET /api/v1/liaison-units/{id}/meetings", "GET /api/v1/liaison-units/{id}/notifications",
                "GET /api/v1/level-notices",
                "POST /api/v1/logistics/allocation/solve", "GET /api/v1/logistics/allocation/jobs/{id}",
                "DELETE /api/v1/logistics/allocation/jobs/{id}", "GET /api/v1/logistics/nodes", "GET /api/v1/logistics/links",
                "GET /api/v1/logistics/warehouses/{code}/stock", "GET /api/v1/logistics/warehouses/{code}/movements",
                "GET /api/v1/logistics/crises/{id}/requests", "GET /api/v1/logistics/requests/{id}",
                "GET /api/v1/logistics/crises/{id}/allocation-plans", "GET /api/v1/logistics/allocation-plans/{id}",
                "GET /api/v1/logistics/crises/{id}/shipments", "GET /api/v1/logistics/shipments/{id}",
                "GET /api/v1/logistics/crises/{id}/pledges", "GET /api/v1/logistics/tenders", "GET /api/v1/logistics/tenders/{id}")
                .contains(endpoint.key());
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
