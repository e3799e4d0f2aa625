package org.entente.monitoring;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.compact.Declaration;
import org.entente.party.Party;
import org.entente.shared.Role;
import org.entente.support.EndpointAccess;
import org.entente.support.IntegrationTest;
import org.entente.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** This module's part of the endpoint-access walk (see {@link EndpointAccess}). */
@IntegrationTest
class MonitoringEndpointAccessIntegrationTests extends EndpointAccess {

    @Autowired
    ReportingCalendar calendar;
    @Autowired
    Submissions submissions;
    @Autowired
    MutableClock clock;

    @Override
    protected String module() {
        return "monitoring";
    }

    /** A party reporting under an active adherence: its focal point may report, its monitor may not. */
    Scene reporting() {
        Scene scene = partyScoped(Role.FOCAL_POINT, Role.MONITOR);
        var secretariat = fixtures.user(Role.SECRETARIAT);
        String code = compactOf(scene);
        MonitoringScenes.openCompact(compacts, secretariat.actor(), secretariat.party(), code,
                List.of(MonitoringScenes.COVERED));
        adherence.declare(scene.allowed().actor(), code, scene.party().code(),
                new Declaration(Set.of("LAB"), List.of(), List.of(), List.of()));
        adherence.accept(secretariat.actor(), code, scene.party().code());
        calendar.open(code, scene.party().code());
        return scene;
    }

    /** A submission of the scene's party, waiting for a monitor of another party (allowed) and not its own (denied). */
    Scene awaitingVerification() {
        Scene scene = reporting();
        String code = compactOf(scene);
        int year = calendar.today().getYear();
        clock.setTo(Instant.parse((year + 1) + "-01-08T09:00:00Z"));
        try {
            long id = submissions.submit(scene.allowed().actor(), new Submissions.Submission(code,
                    scene.party().code().value(), String.valueOf(year), List.of(new Submissions.ValueRow("COVERED",
                            Map.of(), 70.0, null, null, null)), false), Channel.API).submission();
            submitted.put(scene.party().code().value(), id);
        } finally {
            clock.reset();
        }
        return new Scene(scene.party(), fixtures.user(Role.MONITOR), fixtures.user(scene.party().code(), Role.MONITOR));
    }

    /** The same submission, read by a member of its party (allowed) and by another party's focal point (denied). */
    Scene submittedForReading() {
        Scene scene = awaitingVerification();
        return new Scene(scene.party(), fixtures.user(scene.party().code(), Role.FOCAL_POINT),
                fixtures.user(Role.FOCAL_POINT));
    }

    /** A verified submission: the secretariat may re-open it (allowed), a monitor may not (denied). */
    Scene verifiedForReopening() {
        Scene scene = awaitingVerification();
        submissions.verify(scene.allowed().actor(), submissionOf(scene), Verdict.VERIFIED, null);
        return new Scene(scene.party(), fixtures.user(Role.SECRETARIAT), scene.allowed());
    }

    @Autowired
    ReviewTriggers triggers;
    @Autowired
    ReviewItems items;

    /** A reporting party's compact: the secretariat may define and switch rules and close items (allowed), its focal point may not. */
    Scene secretariatOfReporting() {
        Scene scene = reporting();
        String code = compactOf(scene);
        triggers.standardRules(code);
        ReviewTriggers.Stored rule = triggers.of(code).get(0);
        ruleOf.put(scene.party().code().value(), rule.id());
        itemOf.put(scene.party().code().value(), items.open(new ReviewTriggers.Firing(rule, scene.party().code(), "LAB",
                "COVERED", "2020", null, 2.0)).orElseThrow().id());
        return new Scene(scene.party(), fixtures.user(Role.SECRETARIAT), scene.allowed());
    }

    @Autowired
    ReviewCycles cycles;

    /** A scheduled cycle of a reporting party's compact; gathered and published on request, with one action. */
    Scene cycle(boolean gathered, boolean published) {
        Scene scene = secretariatOfReporting();
        var secretariat = scene.allowed().actor();
        long id = cycles.schedule(secretariat, compactOf(scene), new ReviewCycles.Schedule("Review", List.of(),
                java.time.LocalDate.now().plusDays(30))).id();
        cycleOf.put(scene.party().code().value(), id);
        if (gathered) {
            cycles.gather(secretariat, id);
        }
        if (published) {
            var finding = cycles.addFinding(secretariat, id, new ReviewCycles.FindingDraft(scene.party().code().value(),
                    "LAB", "A finding", null, List.of(new ReviewCycles.ActionDraft(scene.party().code().value(),
                            "An action", java.time.LocalDate.now().plusDays(60)))));
            actionOf.put(scene.party().code().value(), finding.actions().get(0).id());
            cycles.approve(secretariat, id, null);
            return new Scene(scene.party(), scene.denied(), fixtures.user(Role.FOCAL_POINT));
        }
        return scene;
    }

    final Map<String, Long> cycleOf = new java.util.HashMap<>();
    final Map<String, Long> actionOf = new java.util.HashMap<>();
    final Map<String, Long> ruleOf = new java.util.HashMap<>();
    final Map<String, Long> itemOf = new java.util.HashMap<>();
    final Map<String, Long> submitted = new java.util.HashMap<>();

    long submissionOf(Scene scene) {
        return submitted.get(scene.party().code().value());
    }

    static String body(String compact, Party party) {
        return "{\"compact\":\"" + compact + "\",\"party\":\"" + party.code().value()
                + "\",\"period\":\"2020\",\"dryRun\":true,\"values\":[{\"indicator\":\"COVERED\",\"value\":50}]}";
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
            new Endpoint("POST /api/v1/monitoring/submissions", false, t -> ((MonitoringEndpointAccessIntegrationTests) t)
                    .reporting(), (s, u, t) -> json(HttpMethod.POST, "/api/v1/monitoring/submissions",
                            body(t.compactOf(s), s.party()))),
            new Endpoint("GET /api/v1/monitoring/submissions/{id}", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).submittedForReading(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/monitoring/submissions/"
                            + ((MonitoringEndpointAccessIntegrationTests) t).submissionOf(s))),
            new Endpoint("POST /api/v1/monitoring/submissions/{id}/verification", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).awaitingVerification(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/monitoring/submissions/"
                            + ((MonitoringEndpointAccessIntegrationTests) t).submissionOf(s) + "/verification",
                            "{\"verdict\":\"VERIFIED\"}")),
            new Endpoint("POST /api/v1/monitoring/submissions/{id}/reopening", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).verifiedForReopening(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/monitoring/submissions/"
                            + ((MonitoringEndpointAccessIntegrationTests) t).submissionOf(s) + "/reopening",
                            "{\"reason\":\"The survey was revised\"}")),
            new Endpoint("POST /api/v1/monitoring/submissions/{id}/evidence", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).awaitingVerification(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/monitoring/submissions/"
                            + ((MonitoringEndpointAccessIntegrationTests) t).submissionOf(s) + "/evidence")
                            .contentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA)
                            .with(r -> {
                                var part = new org.springframework.mock.web.MockPart("file", "register.pdf",
                                        "%PDF-1.4 register".getBytes());
                                part.getHeaders().setContentType(org.springframework.http.MediaType.APPLICATION_PDF);
                                r.addPart(part);
                                return r;
                            })),
            new Endpoint("GET /api/v1/monitoring/submissions/{id}/evidence", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).submittedForReading(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/monitoring/submissions/"
                            + ((MonitoringEndpointAccessIntegrationTests) t).submissionOf(s) + "/evidence")),
            new Endpoint("GET /api/v1/monitoring/obligations", false, t -> t.memberOrNot(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/monitoring/obligations?compact=X&party="
                            + s.party().code().value())),
            new Endpoint("GET /api/v1/compacts/{code}/values", true, t -> t.compactScene(true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s) + "/values?format=csv")),
            new Endpoint("GET /api/v1/compacts/{code}/scorecard", true, t -> t.compactScene(true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s) + "/scorecard")),
            new Endpoint("GET /api/v1/compacts/{code}/review-items", true, t -> t.compactScene(true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s) + "/review-items")),
            new Endpoint("GET /api/v1/compacts/{code}/trigger-rules", true, t -> t.compactScene(true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s) + "/trigger-rules")),
            new Endpoint("POST /api/v1/compacts/{code}/trigger-rules", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).secretariatOfReporting(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/compacts/" + t.compactOf(s) + "/trigger-rules",
                            "{\"code\":\"LOW-COVER\",\"name\":\"Low cover\",\"kind\":\"THRESHOLD\",\"module\":\"LAB\","
                                    + "\"indicator\":\"COVERED\",\"left\":\"VALUE\",\"operator\":\"LESS_THAN\","
                                    + "\"right\":\"NUMBER\",\"number\":50,\"importance\":\"HIGH\","
                                    + "\"opens\":\"FOLLOW_UP\"}")),
            new Endpoint("POST /api/v1/monitoring/trigger-rules/{id}/activation", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).secretariatOfReporting(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/monitoring/trigger-rules/"
                            + ((MonitoringEndpointAccessIntegrationTests) t).ruleOf.get(s.party().code().value())
                            + "/activation", "{\"active\":false}")),
            new Endpoint("POST /api/v1/monitoring/review-items/{id}/closing", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).secretariatOfReporting(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/monitoring/review-items/"
                            + ((MonitoringEndpointAccessIntegrationTests) t).itemOf.get(s.party().code().value())
                            + "/closing", "{\"note\":\"Discussed in the review\"}")),
            new Endpoint("GET /api/v1/compacts/{code}/reviews", true, t -> t.compactScene(true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s) + "/reviews")),
            new Endpoint("GET /api/v1/compacts/{code}/reviews/{id}", true,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).cycle(true, true),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/compacts/" + t.compactOf(s) + "/reviews/"
                            + ((MonitoringEndpointAccessIntegrationTests) t).cycleOf.get(s.party().code().value()))),
            new Endpoint("POST /api/v1/compacts/{code}/reviews", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).secretariatOfReporting(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/compacts/" + t.compactOf(s) + "/reviews",
                            "{\"title\":\"Review\",\"sitsOn\":\"2031-01-01\"}")),
            new Endpoint("POST /api/v1/monitoring/reviews/{id}/gathering", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).cycle(false, false),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/monitoring/reviews/"
                            + ((MonitoringEndpointAccessIntegrationTests) t).cycleOf.get(s.party().code().value())
                            + "/gathering", "{}")),
            new Endpoint("POST /api/v1/monitoring/reviews/{id}/findings", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).cycle(true, false),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/monitoring/reviews/"
                            + ((MonitoringEndpointAccessIntegrationTests) t).cycleOf.get(s.party().code().value())
                            + "/findings", "{\"party\":\"" + s.party().code().value()
                            + "\",\"module\":\"LAB\",\"text\":\"A finding\",\"actions\":[]}")),
            new Endpoint("POST /api/v1/monitoring/reviews/{id}/approval", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).cycle(true, false),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/monitoring/reviews/"
                            + ((MonitoringEndpointAccessIntegrationTests) t).cycleOf.get(s.party().code().value())
                            + "/approval", "{\"summary\":\"Done\"}")),
            new Endpoint("POST /api/v1/monitoring/actions/{id}/progress", false,
                    t -> ((MonitoringEndpointAccessIntegrationTests) t).cycle(true, true),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/monitoring/actions/"
                            + ((MonitoringEndpointAccessIntegrationTests) t).actionOf.get(s.party().code().value())
                            + "/progress", "{\"status\":\"IN_PROGRESS\",\"progress\":\"Started\"}")));
    }
}
