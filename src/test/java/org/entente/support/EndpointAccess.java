package org.entente.support;

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
import org.entente.support.Fixtures.TestUser;
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
 * A module's endpoint-access table: each module lists its API endpoints ({@link #endpoints()}) in a subclass of its
 * own, and the walk calls each one three times: with no token (401, or 2xx where public), with a token whose roles or
 * party do not allow the call (403), and with one that does (2xx). An endpoint of the module that its table does not
 * list fails {@link #everyEndpointOfTheModuleIsWalked()}, so each table grows with its module's API. The scenes (the
 * parties, users and records one walk needs) are here, for every table to use.
 */
public abstract class EndpointAccess {

    @Autowired
    public org.entente.liaison.NoticeOutbox outbox;
    @Autowired
    public MockMvc mvc;
    @Autowired
    public Fixtures fixtures;
    @Autowired
    public CompactCatalogue compacts;
    @Autowired
    public AdherenceDesk adherence;
    @Autowired
    public AmendmentDesk amendments;
    @Autowired
    public CrisisRoom crises;
    @Autowired
    public CrisisAlerts alerts;
    @Autowired
    public Escalation escalation;
    @Autowired
    public LiaisonDirectory units;
    @Autowired
    public Briefings briefings;
    @Autowired
    public org.entente.logistics.Catalogue catalogue;
    @Autowired
    public org.entente.logistics.LogisticsNetwork network;
    @Autowired
    public org.entente.logistics.AssistanceRequests assistance;
    @Autowired
    public org.entente.logistics.AllocationPlans plans;
    @Autowired
    public org.entente.logistics.StockCards stockCards;
    @Autowired
    public org.entente.logistics.Shipments shipments;
    @Autowired
    public org.entente.logistics.Pledges pledges;
    @Autowired
    public org.entente.logistics.Procurement procurement;
    @Autowired
    public @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** What one walk of an endpoint needs: a subject party, and users allowed and denied for it. */
    public record Scene(Party party, TestUser allowed, TestUser denied) {
    }

    /**
     * @param key     method and path pattern as Spring maps it
     * @param isPublic whether a call without a token succeeds
     * @param scene   builds the users and data for one walk
     * @param call    the request, given the scene and the user making it
     */
    public record Endpoint(String key, boolean isPublic, Function<EndpointAccess, Scene> scene,
            Call call) {
    }

    public interface Call {
        MockHttpServletRequestBuilder build(Scene scene, TestUser caller, EndpointAccess test);
    }

    @Autowired
    public org.entente.allocation.SolveJobs solveJobs;
    @Autowired
    public tools.jackson.databind.json.JsonMapper jsonMapper;

    /** A solve job of the user's own (jobs are their owner's alone). */
    public String jobOf(TestUser user) {
        return solveJobs.submit(user.username(), false, jsonMapper.readValue(
                org.entente.logistics.AllocationApiIntegrationTests.EXAMPLE, org.entente.allocation.Instance.class)).id();
    }

    public Scene roles(Role[] allowed, Role[] denied) {
        Party party = fixtures.party();
        return new Scene(party, fixtures.user(party.code(), allowed), fixtures.user(party.code(), denied));
    }

    public Scene partyScoped(Role allowedRole, Role deniedRole) {
        Party party = fixtures.party();
        return new Scene(party, fixtures.user(party.code(), allowedRole), fixtures.user(party.code(), deniedRole));
    }

    public Scene memberOrNot() {
        Party party = fixtures.party();
        return new Scene(party, fixtures.user(party.code(), Role.MONITOR), fixtures.user(Role.MONITOR));
    }

    public static MockHttpServletRequestBuilder json(HttpMethod method, String path, String body) {
        return request(method, path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    public static final Role[] NONE = {Role.MONITOR};


    /** A compact drafted by the scene's secretariat with one module M1; opened when asked. */
    public Scene compactScene(boolean open) {
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
    public final java.util.Map<String, String> compactFor = new java.util.HashMap<>();

    public String compactOf(Scene scene) {
        return compactFor.getOrDefault(scene.party().code().value(), "C" + scene.party().code().value());
    }

    public String adherencePath(Scene scene) {
        return "/api/v1/compacts/" + compactOf(scene) + "/adherence/" + scene.party().code();
    }

    public final java.util.Map<String, long[]> crisisFor = new java.util.HashMap<>();

    /** A crisis led by the scene's party, whose focal point may act and whose monitor may not, with one public report. */
    public Scene crisisScene() {
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

    public static final String ALERT = "{\"status\": \"TEST\", \"scope\": \"PUBLIC\", \"infos\": [{\"language\": \"en\", "
            + "\"category\": \"MET\", \"event\": \"Flood\", \"urgency\": \"EXPECTED\", \"severity\": \"MODERATE\", "
            + "\"certainty\": \"LIKELY\", \"headline\": \"River rising\", \"areaDesc\": \"Delta\"}]}";

    /** Each crisis scene issues one public alert, so that alert endpoints have something to serve and follow. */
    public long alertOf(Scene scene) {
        long crisis = crisisFor.get(scene.party().code().value())[0];
        return alerts.of(scene.allowed().actor(), crisis).stream()
                .filter(a -> a.msgType() != org.entente.crisis.Cap.MsgType.CANCEL).findFirst()
                .orElseThrow().id();
    }

    public final java.util.Map<String, String> protocolFor = new java.util.HashMap<>();

    /**
     * A crisis scene under a two-level protocol at LOW, with a report whose figures make the HIGH trigger propose,
     * and the LOW level's action mandated on the lead party's focal point.
     */
    public Scene escalationScene() {
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

    public String protocolOf(Scene scene) {
        return protocolFor.get(scene.party().code().value());
    }

    public final java.util.Map<String, Long> unitFor = new java.util.HashMap<>();

    /** A liaison unit of the scene's party, kept by its focal point; a monitor of the party may not keep it. */
    public Scene unitScene() {
        Scene scene = partyScoped(Role.FOCAL_POINT, Role.MONITOR);
        long id = units.establish(scene.allowed().actor(), scene.party().code(), new LiaisonUnit.Details("Unit", null,
                null, null, null, null, java.time.DayOfWeek.MONDAY, java.time.LocalTime.NOON, 60,
                List.of(new UnitMember("Ana", "Duty officer", null, null, "en", null)), List.of())).id();
        unitFor.put(scene.party().code().value(), id);
        return scene;
    }

    public final java.util.Map<String, Long> pledgeFor = new java.util.HashMap<>();
    public final java.util.Map<String, String> pledgeWarehouseFor = new java.util.HashMap<>();

    /**
     * A request scene with a pledge to procure of the party's focal point, who may also close it and name a warehouse
     * of the party for its goods; a monitor may only read.
     */
    public Scene pledgeScene() {
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

    public final java.util.Map<String, Long> tenderFor = new java.util.HashMap<>();
    public final java.util.Map<String, Long> bidFor = new java.util.HashMap<>();

    /** A tender of the scene party's logistics officer with one bid, closed if asked (it closes a second after opening). */
    public Scene tenderScene(boolean closed) {
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

    public final java.util.Map<String, Long> shipmentFor = new java.util.HashMap<>();

    /**
     * An approved plan's shipment from the scene party's warehouse to its delivery point, dispatched if asked. The
     * party's logistics officer dispatches, tracks and cancels; for a delivery, the party's focal point confirms it.
     * A monitor of the party may only read.
     */
    public Scene shipmentScene(boolean dispatched, boolean forDelivery) {
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

    public final java.util.Map<String, Long> planFor = new java.util.HashMap<>();

    /**
     * A crisis led by the scene's party with stock, a delivery point reached by road, an approved request and a
     * proposed plan: the party's focal point proposes and approves plans; a monitor of the party only reads.
     */
    public Scene planScene() {
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

    public final java.util.Map<String, String[]> requestFor = new java.util.HashMap<>();

    /**
     * A crisis led by the scene's party with a delivery point and a request for assistance from that party (submitted
     * if asked): its focal point drafts, submits, approves (the default decision holder) and cancels; a monitor of the
     * same party may only read.
     */
    public Scene requestScene(boolean submitted) {
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

    public final java.util.Map<String, String[]> stockFor = new java.util.HashMap<>();

    /**
     * Two warehouses of the scene's party joined by a road, and a commodity: the party's logistics officer keeps them;
     * a monitor of the same party may read but not change them.
     */
    public Scene warehouseScene() {
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

    public final java.util.Map<String, long[]> noticeFor = new java.util.HashMap<>();

    /** A liaison unit that received a level notice: any member of its party acknowledges it, no one else. */
    public Scene noticeScene() {
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

    public String unitPath(Scene scene) {
        return "/api/v1/liaison-units/" + unitFor.get(scene.party().code().value());
    }

    public String unitBody(Scene scene) {
        return "{\"party\": \"" + scene.party().code() + "\", \"name\": \"Unit\", \"members\": [{\"name\": \"Ana\", "
                + "\"function\": \"Duty officer\", \"languages\": \"en\"}]}";
    }

    public final java.util.Map<String, Long> pointFor = new java.util.HashMap<>();

    /** A crisis scene with a talking point drafted by the lead party's focal point, in English, also wanted in French. */
    public Scene pointScene() {
        Scene scene = crisisScene();
        long crisis = crisisFor.get(scene.party().code().value())[0];
        pointFor.put(scene.party().code().value(), briefings.draft(scene.allowed().actor(), crisis, "Topic",
                TalkingPoint.Audience.PUBLIC, List.of("en", "fr"), new Translation("en", "Hello", false)).id());
        return scene;
    }

    public String pointPath(Scene scene) {
        return crisisPath(scene) + "/talking-points/" + pointFor.get(scene.party().code().value());
    }

    public String crisisPath(Scene scene) {
        return "/api/v1/crises/" + crisisFor.get(scene.party().code().value())[0];
    }

    public final java.util.Map<String, Long> amendmentFor = new java.util.HashMap<>();

    /** An open compact with an amendment of M1 proposed by its secretariat, closing today. */
    public Scene amendmentScene() {
        Scene scene = compactScene(true);
        Amendment amendment = amendments.propose(scene.allowed().actor(), compactOf(scene), "M1",
                new AmendmentDesk.Proposal("Closer", null, java.time.LocalDate.now(java.time.ZoneOffset.UTC),
                        new ModuleContent("First", null, ModuleCategory.OTHER, null, null, null,
                                List.of(new Provision("1", "Parties shall cooperate closely.", Strength.SHALL, false)),
                                null, null)));
        amendmentFor.put(scene.party().code().value(), amendment.id());
        return scene;
    }

    public String amendmentPath(Scene scene) {
        return "/api/v1/compacts/" + compactOf(scene) + "/amendments/" + amendmentFor.get(scene.party().code().value());
    }

    /**
     * A party that has declared adherence to an open compact. For the secretariat's endpoints the entitled caller
     * is the compact's secretariat; otherwise the party's focal point, with a monitor of the party as unentitled.
     */
    public Scene adherenceScene(boolean secretariatCalls) {
        Scene compact = compactScene(true);
        Party party = fixtures.party();
        TestUser focal = fixtures.user(party.code(), Role.FOCAL_POINT);
        adherence.declare(focal.actor(), compactOf(compact), party.code(),
                new Declaration(java.util.Set.of("M1"), List.of(), List.of(), List.of()));
        compactFor.put(party.code().value(), compactOf(compact));
        return secretariatCalls ? new Scene(party, compact.allowed(), focal)
                : new Scene(party, focal, fixtures.user(party.code(), Role.MONITOR));
    }

    public void withContact(Party party) {
        var details = party.details();
        fixtures.addContact(party.code(), details);
    }

    public long newTokenId(TestUser user) {
        return fixtures.tokenIdOf(user);
    }

    /** The module this table is for, as its package is named under {@code org.entente}. */
    protected abstract String module();

    /** The module's API endpoints, each with the scene it needs and the call it makes. */
    protected abstract List<Endpoint> endpoints();

    /** The endpoints of the module open to any logged-in user: they have no unentitled caller. */
    protected Set<String> openToAnyLoggedIn() {
        return Set.of();
    }

    @Test
    void everyEndpointOfTheModuleIsWalked() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            String pkg = handler.getBeanType().getPackageName();
            if (!pkg.equals("org.entente." + module()) && !pkg.startsWith("org.entente." + module() + ".")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        });
        Set<String> walked = new TreeSet<>(endpoints().stream().map(Endpoint::key).toList());
        assertThat(walked).as("endpoints in the " + module() + " table").isEqualTo(mapped);
    }

    @Test
    void eachEndpointRefusesTheAnonymousAndTheUnentitledAndServesTheEntitled() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Scene scene = endpoint.scene().apply(this);
            int anonymous = status(endpoint.call().build(scene, null, this));
            if (endpoint.isPublic() ? anonymous / 100 != 2 : anonymous != 401) {
                failures.add(endpoint.key() + " without a token answered " + anonymous);
            }
            if (!endpoint.isPublic() && scene.denied() != scene.allowed()
                    && !openToAnyLoggedIn().contains(endpoint.key())) {
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

    protected int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
