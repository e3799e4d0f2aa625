package org.entente.grievance;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.entente.party.Party;
import org.entente.party.PartyDirectory;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.support.EndpointAccess;
import org.entente.support.Fixtures.TestUser;
import org.entente.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * This module's part of the endpoint-access walk (see {@link EndpointAccess}). Casework scenes file a case between
 * two fresh states; the destination's handler is allowed, its focal point (no handler role) is refused.
 */
@IntegrationTest
class GrievanceEndpointAccessIntegrationTests extends EndpointAccess {

    @Autowired
    Intake intake;
    @Autowired
    Casework casework;
    @Autowired
    PanelDecisions panel;
    @Autowired
    PartyDirectory parties;
    @Autowired
    JdbcClient jdbc;

    final Map<String, GrievanceScenes.Filed> cases = new HashMap<>();
    final Map<String, Long> evidence = new HashMap<>();
    final Map<String, Long> remedies = new HashMap<>();

    @Override
    protected String module() {
        return "grievance";
    }

    GrievanceScenes.Filed caseOf(Scene scene) {
        return cases.get(scene.party().code().value());
    }

    /** A case at the given stage; the allowed user holds the role that acts there, for the destination. */
    Scene at(Stage stage, Role acting, boolean consent, boolean withEvidence) {
        PartyCode from = GrievanceScenes.freshState(parties);
        PartyCode to = GrievanceScenes.freshState(parties);
        Filing filing = new Filing(Category.UNPAID_WAGES, "Not paid since March.", from.value(), to.value(), "fr",
                GrievanceScenes.PASSPHRASE, null, null, null, null, null, null, null, consent);
        String receipt = intake.file(filing, IntakeChannel.WEB, withEvidence ? List.of(new EvidenceUpload("evidence",
                GrievanceScenes.photo())) : List.of())
                .receipt();
        GrievanceScenes.Filed filed = new GrievanceScenes.Filed(GrievanceScenes.idOf(jdbc, receipt), receipt, from, to);
        Party party = parties.get(to);
        cases.put(to.value(), filed);
        TestUser mediator = fixtures.user(to, Role.MEDIATOR);
        TestUser ombudsperson = fixtures.user(to, Role.OMBUDSPERSON);
        if (stage != Stage.RECEIVED) {
            casework.triage(mediator.actor(), filed.id(), new GrievanceCase.Triage(Category.UNPAID_WAGES,
                    Urgency.NORMAL, to.value(), null, "fr"));
        }
        if (stage.ordinal() >= Stage.MEDIATION.ordinal()) {
            casework.moveTo(mediator.actor(), filed.id(), Stage.MEDIATION);
        }
        if (stage.ordinal() >= Stage.OMBUDSPERSON.ordinal()) {
            casework.moveTo(mediator.actor(), filed.id(), Stage.OMBUDSPERSON);
        }
        if (stage.ordinal() >= Stage.REGIONAL_PANEL.ordinal()) {
            casework.moveTo(ombudsperson.actor(), filed.id(), Stage.REGIONAL_PANEL);
        }
        TestUser allowed = switch (acting) {
            case OMBUDSPERSON -> ombudsperson;
            case MEDIATOR -> mediator;
            default -> fixtures.user(to, acting);
        };
        if (withEvidence) {
            evidence.put(to.value(), jdbc.sql("select id from grievance_evidence where case_id = ?")
                    .param(filed.id()).query(Long.class).single());
        }
        return new Scene(party, allowed, fixtures.user(to, Role.FOCAL_POINT));
    }

    Scene withRemedy() {
        Scene scene = at(Stage.MEDIATION, Role.MEDIATOR, false, false);
        remedies.put(scene.party().code().value(), casework.recordRemedy(scene.allowed().actor(), caseOf(scene).id(),
                new Casework.RemedyDraft(RemedyKind.BACK_PAY, new BigDecimal("900"), "USD", false)).id());
        return scene;
    }

    Scene proposed() {
        PartyCode from = GrievanceScenes.freshState(parties);
        PartyCode to = GrievanceScenes.freshState(parties);
        GrievanceScenes.Filed filed = GrievanceScenes.file(intake, jdbc,
                GrievanceScenes.filing(Category.UNPAID_WAGES, from, to, "Not paid.", null), from, to);
        cases.put(to.value(), filed);
        TestUser mediator = fixtures.user(to, Role.MEDIATOR);
        casework.triage(mediator.actor(), filed.id(), new GrievanceCase.Triage(Category.UNPAID_WAGES, Urgency.NORMAL,
                to.value(), null, "ar"));
        casework.moveTo(mediator.actor(), filed.id(), Stage.MEDIATION);
        casework.moveTo(mediator.actor(), filed.id(), Stage.OMBUDSPERSON);
        casework.moveTo(fixtures.user(to, Role.OMBUDSPERSON).actor(), filed.id(), Stage.REGIONAL_PANEL);
        panel.propose(fixtures.user(from, Role.PANEL_MEMBER).actor(), filed.id(),
                new PanelDecisions.DecisionDraft(null, PanelDecisions.Finding.UPHELD, "Wages are owed.", "Provision 3."));
        return new Scene(parties.get(to), fixtures.user(to, Role.PANEL_MEMBER), fixtures.user(to, Role.FOCAL_POINT));
    }

    /** Any case filed, for the public follow-up. */
    Scene filedForWorker() {
        Scene scene = at(Stage.RECEIVED, Role.MEDIATOR, false, false);
        return scene;
    }

    static String signed(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("test-sms-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String FILING = "{\"category\":\"PASSPORT_KEPT\",\"narrative\":\"They keep my passport.\","
            + "\"countryFrom\":\"XAR\",\"countryTo\":\"XCO\",\"language\":\"ar\",\"passphrase\":\"green tea 77\"}";

    GrievanceEndpointAccessIntegrationTests self(EndpointAccess t) {
        return (GrievanceEndpointAccessIntegrationTests) t;
    }

    String path(EndpointAccess t, Scene s, String rest) {
        return "/api/v1/grievances/cases/" + self(t).caseOf(s).id() + rest;
    }

    @Override
    protected List<Endpoint> endpoints() {
        String sms = "{\"from\":\"+000 555 0199\",\"text\":\"HELLO\",\"messageId\":\"m1\"}";
        return List.of(
            new Endpoint("POST /api/v1/grievances", true, t -> t.memberOrNot(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/grievances", FILING)),
            new Endpoint("POST /api/v1/grievances/follow-up", true, t -> self(t).filedForWorker(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/grievances/follow-up", "{\"receipt\":\""
                            + self(t).caseOf(s).receipt() + "\",\"passphrase\":\"" + GrievanceScenes.PASSPHRASE + "\"}")),
            new Endpoint("POST /api/v1/grievances/follow-up/information", true, t -> self(t).filedForWorker(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/grievances/follow-up/information", "{\"receipt\":\""
                            + self(t).caseOf(s).receipt() + "\",\"passphrase\":\"" + GrievanceScenes.PASSPHRASE
                            + "\",\"message\":\"My pay slips are at home.\"}")),
            new Endpoint("POST /api/v1/grievances/inbound/sms", true, t -> t.memberOrNot(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/grievances/inbound/sms", sms)
                            .header("X-Entente-Signature", signed(sms))),
            new Endpoint("GET /api/v1/grievances/statistics", true, t -> t.memberOrNot(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/grievances/statistics?format=csv")),
            new Endpoint("GET /api/v1/grievances/decisions", true, t -> t.memberOrNot(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/grievances/decisions")),
            new Endpoint("GET /api/v1/compacts/{code}/grievance-targets", true, t -> t.memberOrNot(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/FLM-2026/grievance-targets")),
            new Endpoint("PUT /api/v1/compacts/{code}/grievance-targets", false,
                    t -> t.partyScoped(Role.SECRETARIAT, Role.FOCAL_POINT),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/compacts/C" + s.party().code().value()
                            + "/grievance-targets", "{\"RECEIVED\":1,\"MEDIATION\":20}")),
            new Endpoint("POST /api/v1/grievances/keys/rewrap", false, t -> t.partyScoped(Role.ADMIN, Role.MONITOR),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/grievances/keys/rewrap")),
            new Endpoint("GET /api/v1/grievances/cases", false,
                    t -> self(t).at(Stage.RECEIVED, Role.MEDIATOR, false, false),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/grievances/cases?role=MEDIATOR")),
            new Endpoint("GET /api/v1/grievances/cases/{id}", false,
                    t -> self(t).at(Stage.TRIAGED, Role.MEDIATOR, false, false),
                    (s, u, t) -> request(HttpMethod.GET, path(t, s, ""))),
            new Endpoint("GET /api/v1/grievances/cases/{id}/evidence/{evidenceId}", false,
                    t -> self(t).at(Stage.TRIAGED, Role.MEDIATOR, false, true),
                    (s, u, t) -> request(HttpMethod.GET, path(t, s, "/evidence/"
                            + self(t).evidence.get(s.party().code().value())))),
            new Endpoint("POST /api/v1/grievances/cases/{id}/triage", false,
                    t -> self(t).at(Stage.RECEIVED, Role.MEDIATOR, false, false),
                    (s, u, t) -> json(HttpMethod.POST, path(t, s, "/triage"),
                            "{\"category\":\"UNPAID_WAGES\",\"urgency\":\"HIGH\"}")),
            new Endpoint("POST /api/v1/grievances/cases/{id}/stage", false,
                    t -> self(t).at(Stage.TRIAGED, Role.MEDIATOR, false, false),
                    (s, u, t) -> json(HttpMethod.POST, path(t, s, "/stage"), "{\"stage\":\"MEDIATION\"}")),
            new Endpoint("POST /api/v1/grievances/cases/{id}/replies", false,
                    t -> self(t).at(Stage.MEDIATION, Role.MEDIATOR, false, false),
                    (s, u, t) -> json(HttpMethod.POST, path(t, s, "/replies"), "{\"text\":\"We called the "
                            + "employer.\",\"language\":\"en\",\"translation\":\"Nous avons appelé l’employeur.\"}")),
            new Endpoint("POST /api/v1/grievances/cases/{id}/notes", false,
                    t -> self(t).at(Stage.MEDIATION, Role.MEDIATOR, false, false),
                    (s, u, t) -> json(HttpMethod.POST, path(t, s, "/notes"), "{\"text\":\"HR asks for slips.\"}")),
            new Endpoint("POST /api/v1/grievances/cases/{id}/remedies", false,
                    t -> self(t).at(Stage.MEDIATION, Role.MEDIATOR, false, false),
                    (s, u, t) -> json(HttpMethod.POST, path(t, s, "/remedies"),
                            "{\"kind\":\"BACK_PAY\",\"amount\":1200.50,\"currency\":\"USD\",\"delivered\":true}")),
            new Endpoint("POST /api/v1/grievances/cases/{id}/remedies/{remedyId}/delivery", false,
                    t -> self(t).withRemedy(),
                    (s, u, t) -> request(HttpMethod.POST, path(t, s, "/remedies/"
                            + self(t).remedies.get(s.party().code().value()) + "/delivery"))),
            new Endpoint("POST /api/v1/grievances/cases/{id}/closing", false,
                    t -> self(t).at(Stage.MEDIATION, Role.MEDIATOR, false, false),
                    (s, u, t) -> json(HttpMethod.POST, path(t, s, "/closing"), "{\"outcome\":\"SETTLED_IN_MEDIATION\"}")),
            new Endpoint("POST /api/v1/grievances/cases/{id}/disclosures", false,
                    t -> self(t).at(Stage.MEDIATION, Role.MEDIATOR, true, false),
                    (s, u, t) -> json(HttpMethod.POST, path(t, s, "/disclosures"), "{\"toWhom\":\"Costa Build HR\"}")),
            new Endpoint("POST /api/v1/grievances/cases/{id}/decision", false,
                    t -> self(t).at(Stage.REGIONAL_PANEL, Role.PANEL_MEMBER, false, false),
                    (s, u, t) -> json(HttpMethod.POST, path(t, s, "/decision"), "{\"finding\":\"UPHELD\","
                            + "\"summary\":\"Wages are owed.\",\"reasons\":\"Provision 3.\"}")),
            new Endpoint("POST /api/v1/grievances/cases/{id}/decision/confirmation", false, t -> self(t).proposed(),
                    (s, u, t) -> request(HttpMethod.POST, path(t, s, "/decision/confirmation"))));
    }

    static MediaType json() {
        return MediaType.APPLICATION_JSON;
    }
}
