package org.entente.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.Role;
import org.entente.sharing.Disclosure;
import org.entente.support.Fixtures;
import org.entente.support.PageSession;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A liaison officer files a situation report with the form and reads the dashboard. */
@IntegrationTest
class CrisisPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CrisisRoom room;
    @Autowired
    Briefings briefings;
    @Autowired
    CrisisAlerts alerts;
    @Autowired
    Escalation escalation;

    @Test
    void aFocalPointFilesARestrictedReportThatTheDashboardShowsItAndWithholdsFromOthers() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        long crisis = room.open(focal.actor(), new Crisis.Declaration("P" + System.nanoTime() % 100000000, "Storm",
                CrisisType.CYCLONE, focal.party(), Set.of(focal.party()), null, Classification.PUBLIC, 24)).id();
        Cookie session = PageSession.login(mvc, focal);

        mvc.perform(get("/crises/{id}/sitreps/new", crisis).param("party", focal.party().value()).cookie(session))
                .andExpect(status().isOk());
        mvc.perform(post("/crises/{id}/sitreps", crisis).cookie(session).with(csrf())
                        .param("party", focal.party().value()).param("periodStart", "2026-11-22T00:00")
                        .param("periodEnd", "2026-11-23T00:00").param("summary", "Flooding in the port district")
                        .param("classification", "RESTRICTED").param("affected", "1200").param("displaced", "300")
                        .param("needs[0].sector", "SHELTER").param("needs[0].need", "Tents").param("needs[0].gap", "200"))
                .andExpect(redirectedUrlPattern("/crises/" + crisis + "/sitreps/*"));
        assertThat(room.reports(focal.actor(), crisis, Disclosure.Purpose.READ).items()).singleElement()
                .satisfies(r -> assertThat(r.needs()).hasSize(1));

        mvc.perform(get("/crises/{id}", crisis).cookie(session))
                .andExpect(content().string(containsString("1,200")));
        mvc.perform(get("/crises/{id}", crisis))
                .andExpect(content().string(containsString("1 report(s) withheld under sharing rules")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("1,200"))));
    }

    @Test
    void aPublicReportWithRestrictedFiguresShowsVisitorsItsSummaryAndNotItsFigures() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        long crisis = room.open(focal.actor(), new Crisis.Declaration("S" + System.nanoTime() % 100000000, "Storm",
                CrisisType.CYCLONE, focal.party(), Set.of(focal.party()), null, Classification.PUBLIC, 24)).id();
        Cookie session = PageSession.login(mvc, focal);
        mvc.perform(get("/crises/{id}/sitreps/new", crisis).param("party", focal.party().value()).cookie(session))
                .andExpect(content().string(containsString("Classification of the figures")));
        mvc.perform(post("/crises/{id}/sitreps", crisis).cookie(session).with(csrf())
                        .param("party", focal.party().value()).param("periodStart", "2026-11-22T00:00")
                        .param("periodEnd", "2026-11-23T00:00").param("summary", "Wind damage along the coast")
                        .param("classification", "PUBLIC").param("affected", "4321")
                        .param("figuresClassification", "RESTRICTED").param("needsClassification", "")
                        .param("actionsClassification", ""))
                .andExpect(redirectedUrlPattern("/crises/" + crisis + "/sitreps/*"));

        mvc.perform(get("/crises/{id}", crisis))
                .andExpect(content().string(containsString("Wind damage along the coast")))
                .andExpect(content().string(containsString("1 section(s) of the reports you may read withheld")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("4,321"))));
        mvc.perform(get("/crises/{id}", crisis).cookie(session))
                .andExpect(content().string(containsString("4,321")));
        mvc.perform(post("/crises/{id}/sitreps", crisis).cookie(session).with(csrf())
                        .param("party", focal.party().value()).param("periodStart", "2026-11-22T00:00")
                        .param("periodEnd", "2026-11-23T00:00").param("summary", "Too wide")
                        .param("classification", "RESTRICTED").param("needsClassification", "PARTNERS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sections.needs")));
        assertThat(room.reports(focal.actor(), crisis, Disclosure.Purpose.READ).items()).hasSize(1);
    }

    @Test
    void aBrokenRuleComesBackOnTheFormNamingTheField() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        long crisis = room.open(focal.actor(), new Crisis.Declaration("Q" + System.nanoTime() % 100000000, "Storm",
                CrisisType.CYCLONE, focal.party(), Set.of(focal.party()), null, Classification.PUBLIC, 24)).id();
        mvc.perform(post("/crises/{id}/sitreps", crisis).cookie(PageSession.login(mvc, focal)).with(csrf())
                        .param("party", focal.party().value()).param("periodStart", "2026-11-22T00:00")
                        .param("periodEnd", "2026-11-23T00:00").param("summary", "S")
                        .param("classification", "PUBLIC").param("deaths", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("figures.deaths")));
        assertThat(room.reports(Actor.system(), crisis, Disclosure.Purpose.READ).items()).isEmpty();
    }

    @Test
    void anAffectedPartyDraftsAndTranslatesATalkingPointWithTheFormsAndTheLeadApprovesIt() throws Exception {
        var lead = fixtures.user(Role.FOCAL_POINT);
        var affected = fixtures.user(Role.FOCAL_POINT);
        long crisis = room.open(lead.actor(), new Crisis.Declaration("T" + System.nanoTime() % 100000000, "Storm",
                CrisisType.FLOOD, lead.party(), Set.of(lead.party(), affected.party()), null, Classification.PUBLIC,
                24)).id();
        Cookie session = PageSession.login(mvc, affected);
        mvc.perform(get("/crises/{id}", crisis).cookie(session))
                .andExpect(content().string(containsString("Draft a talking point")));
        mvc.perform(post("/crises/{id}/talking-points", crisis).cookie(session).with(csrf())
                        .param("topic", "Evacuation routes").param("audience", "PUBLIC").param("languages", "en fr")
                        .param("language", "de").param("text", "Folgen Sie den Schildern."))
                .andExpect(redirectedUrl("/crises/" + crisis))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("language"))));
        assertThat(briefings.of(affected.actor(), crisis)).isEmpty();

        mvc.perform(post("/crises/{id}/talking-points", crisis).cookie(session).with(csrf())
                        .param("topic", "Evacuation routes").param("audience", "PUBLIC").param("languages", "en fr")
                        .param("language", "en").param("text", "Follow the signs to the shelters."))
                .andExpect(redirectedUrl("/crises/" + crisis));
        long point = briefings.of(affected.actor(), crisis).get(0).id();
        mvc.perform(post("/crises/{id}/talking-points/{p}/translate", crisis, point).cookie(session).with(csrf())
                        .param("language", "fr").param("text", "Suivez les panneaux vers les abris."))
                .andExpect(redirectedUrl("/crises/" + crisis));
        assertThat(briefings.of(affected.actor(), crisis).get(0).translationStatus())
                .containsEntry("en", TalkingPoint.TranslationStatus.DRAFT)
                .containsEntry("fr", TalkingPoint.TranslationStatus.DRAFT);

        mvc.perform(post("/crises/{id}/talking-points/{p}/approve", crisis, point).cookie(PageSession.login(mvc, lead)).with(csrf()))
                .andExpect(redirectedUrl("/crises/" + crisis));
        assertThat(briefings.of(lead.actor(), crisis).get(0).isPublicStatement()).isTrue();
        mvc.perform(get("/crises/{id}", crisis).cookie(PageSession.login(mvc, fixtures.user(Role.FOCAL_POINT))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Draft a talking point"))));
    }

    @Test
    void theAlertFormIssuesOneAlertInSeveralLanguagesKeepingCommasInTheText() throws Exception {
        var lead = fixtures.user(Role.FOCAL_POINT);
        long crisis = room.open(lead.actor(), new Crisis.Declaration("A" + System.nanoTime() % 100000000, "Flood",
                CrisisType.FLOOD, lead.party(), Set.of(lead.party()), null, Classification.PUBLIC, 24)).id();
        Cookie session = PageSession.login(mvc, lead);
        var form = post("/crises/{id}/alerts", crisis).cookie(session).with(csrf())
                .param("status", "EXERCISE").param("scope", "PUBLIC").param("category", "MET")
                .param("urgency", "IMMEDIATE").param("severity", "SEVERE").param("certainty", "OBSERVED");
        mvc.perform(form.param("language", "en", "fr", "")
                        .param("event", "Flood", "Inondation", "")
                        .param("headline", "River over its banks, leave the lower town", "", "")
                        .param("instruction", "Go uphill", "Montez", "")
                        .param("areaDesc", "Lower town", "Ville basse", ""))
                .andExpect(redirectedUrl("/crises/" + crisis))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("infos[1].headline"))));
        assertThat(alerts.of(lead.actor(), crisis)).isEmpty();

        mvc.perform(post("/crises/{id}/alerts", crisis).cookie(session).with(csrf())
                        .param("status", "EXERCISE").param("scope", "PUBLIC").param("category", "MET")
                        .param("urgency", "IMMEDIATE").param("severity", "SEVERE").param("certainty", "OBSERVED")
                        .param("language", "en", "fr", "")
                        .param("event", "Flood", "Inondation", "")
                        .param("headline", "River over its banks, leave the lower town", "Crue, quittez la ville basse", "")
                        .param("instruction", "Go uphill", "Montez", "")
                        .param("areaDesc", "Lower town", "Ville basse", ""))
                .andExpect(redirectedUrl("/crises/" + crisis))
                .andExpect(flash().attribute("notice", "alert.issued"));
        assertThat(alerts.of(lead.actor(), crisis)).singleElement().satisfies(a -> assertThat(a.infos())
                .extracting(AlertInfo::language, AlertInfo::headline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("en", "River over its banks, leave the lower town"),
                        org.assertj.core.groups.Tuple.tuple("fr", "Crue, quittez la ville basse")));

        mvc.perform(post("/crises/{id}/alerts", crisis).cookie(session).with(csrf())
                        .param("status", "EXERCISE").param("scope", "PUBLIC").param("category", "MET")
                        .param("urgency", "IMMEDIATE").param("severity", "SEVERE").param("certainty", "OBSERVED")
                        .param("language", "en").param("event", "Flood").param("headline", "Water rising, stay alert")
                        .param("areaDesc", "Lower town"))
                .andExpect(flash().attribute("notice", "alert.issued"));
        assertThat(alerts.of(lead.actor(), crisis)).anySatisfy(a -> assertThat(a.infos()).singleElement()
                .satisfies(i -> assertThat(i.headline()).isEqualTo("Water rising, stay alert")));
    }

    @Test
    void anAlertIsUpdatedFromTheDashboardInEachLanguageKeepingItsAreaAndOnlyTheLatestMessageCanBeFollowed() throws Exception {
        var lead = fixtures.user(Role.FOCAL_POINT);
        long crisis = room.open(lead.actor(), new Crisis.Declaration("U" + System.nanoTime() % 100000000, "Flood",
                CrisisType.FLOOD, lead.party(), Set.of(lead.party()), null, Classification.PUBLIC, 24)).id();
        String polygon = "10.0,-70.0 10.0,-70.1 10.1,-70.1 10.0,-70.0";
        long alert = alerts.issue(lead.actor(), crisis, new CrisisAlerts.Draft(Cap.Status.ACTUAL, Cap.Scope.PUBLIC,
                null, java.util.List.of(
                        new AlertInfo("en", Cap.Category.MET, "Flood", Cap.Urgency.EXPECTED, Cap.Severity.MODERATE,
                                Cap.Certainty.LIKELY, "River rising", null, null, null, "Lower town", polygon, null, null),
                        new AlertInfo("es", Cap.Category.MET, "Inundación", Cap.Urgency.EXPECTED, Cap.Severity.MODERATE,
                                Cap.Certainty.LIKELY, "El río sube", null, null, null, "Ciudad baja", polygon, null, null))))
                .id();
        Cookie session = PageSession.login(mvc, lead);
        mvc.perform(get("/crises/{id}", crisis).cookie(session))
                .andExpect(content().string(containsString("up-headline-" + alert + "-1")));
        mvc.perform(post("/crises/{id}/alerts/{a}/update", crisis, alert).cookie(session).with(csrf())
                        .param("urgency", "IMMEDIATE").param("severity", "SEVERE").param("certainty", "OBSERVED")
                        .param("event", "Flood").param("headline", "").param("areaDesc", "Lower town")
                        .param("event", "Inundación").param("headline", "Evacúen").param("areaDesc", "Ciudad baja"))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("infos[0].headline"))));
        assertThat(alerts.of(lead.actor(), crisis)).hasSize(1);

        mvc.perform(post("/crises/{id}/alerts/{a}/update", crisis, alert).cookie(session).with(csrf())
                        .param("urgency", "IMMEDIATE").param("severity", "SEVERE").param("certainty", "OBSERVED")
                        .param("note", "Levee breached, north bank")
                        .param("event", "Flood").param("headline", "Leave the lower town, levee breached")
                        .param("instruction", "Go to the school on the hill").param("areaDesc", "Lower town")
                        .param("event", "Inundación").param("headline", "Salgan de la ciudad baja, dique roto")
                        .param("instruction", "Vayan a la escuela de la colina").param("areaDesc", "Ciudad baja"))
                .andExpect(flash().attribute("notice", "alert.updated"));
        CapAlert update = alerts.of(lead.actor(), crisis).get(0);
        assertThat(update.msgType()).isEqualTo(Cap.MsgType.UPDATE);
        assertThat(update.note()).isEqualTo("Levee breached, north bank");
        assertThat(update.references()).contains(alerts.get(lead.actor(), crisis, alert).identifier());
        assertThat(update.infos()).extracting(AlertInfo::language, AlertInfo::headline, AlertInfo::severity, AlertInfo::polygon)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("en", "Leave the lower town, levee breached", Cap.Severity.SEVERE, polygon),
                        org.assertj.core.groups.Tuple.tuple("es", "Salgan de la ciudad baja, dique roto", Cap.Severity.SEVERE, polygon));
        CapXmlTests.assertValid(mvc.perform(get("/api/v1/crises/{id}/alerts.cap.xml", crisis))
                .andReturn().getResponse().getContentAsString());

        mvc.perform(post("/crises/{id}/alerts/{a}/update", crisis, alert).cookie(session).with(csrf())
                        .param("event", "Flood").param("headline", "Stale").param("areaDesc", "Lower town"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.hasToString(containsString("updated since"))));
        mvc.perform(post("/crises/{id}/alerts/{a}/update", crisis, update.id())
                        .cookie(PageSession.login(mvc, fixtures.user(Role.FOCAL_POINT))).with(csrf())
                        .param("event", "Flood").param("headline", "Hijack").param("areaDesc", "Lower town"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.notNullValue()));
        assertThat(alerts.of(lead.actor(), crisis)).hasSize(2);
        mvc.perform(get("/crises/{id}", crisis).cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("up-headline-" + alert + "-0"))))
                .andExpect(content().string(containsString("up-headline-" + update.id() + "-0")))
                .andExpect(content().string(containsString("updated since")));
    }

    @Test
    void anAlertIsCancelledFromTheDashboardOnceWithAReasonThatTheCancelCarries() throws Exception {
        var lead = fixtures.user(Role.FOCAL_POINT);
        long crisis = room.open(lead.actor(), new Crisis.Declaration("C" + System.nanoTime() % 100000000, "Flood",
                CrisisType.FLOOD, lead.party(), Set.of(lead.party()), null, Classification.PUBLIC, 24)).id();
        long alert = alerts.issue(lead.actor(), crisis, new CrisisAlerts.Draft(Cap.Status.EXERCISE, Cap.Scope.PUBLIC,
                null, java.util.List.of(new AlertInfo("en", Cap.Category.MET, "Flood", Cap.Urgency.IMMEDIATE,
                        Cap.Severity.SEVERE, Cap.Certainty.OBSERVED, "Leave the lower town", null, null, null,
                        "Lower town", null, null, null)))).id();
        Cookie session = PageSession.login(mvc, lead);
        mvc.perform(post("/crises/{id}/alerts/{a}/cancel", crisis, alert).cookie(session).with(csrf())
                        .param("note", "The river fell below the mark"))
                .andExpect(content().string(containsString("Cancel this alert for Flood?")))
                .andExpect(content().string(containsString("name=\"confirmed\" value=\"yes\"")))
                .andExpect(content().string(containsString("value=\"The river fell below the mark\"")));
        assertThat(alerts.cancelled(crisis)).isEmpty();
        mvc.perform(post("/crises/{id}/alerts/{a}/cancel", crisis, alert).cookie(session).with(csrf()).param("note", " ")
                        .param("confirmed", "yes"))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("note"))));
        mvc.perform(post("/crises/{id}/alerts/{a}/cancel", crisis, alert).cookie(session).with(csrf())
                        .param("note", "The river fell below the mark").param("confirmed", "yes"))
                .andExpect(flash().attribute("notice", "alert.cancelled"));
        assertThat(alerts.of(lead.actor(), crisis)).first().satisfies(cancel -> {
            assertThat(cancel.msgType()).isEqualTo(Cap.MsgType.CANCEL);
            assertThat(cancel.note()).isEqualTo("The river fell below the mark");
            assertThat(cancel.references()).contains(alerts.get(lead.actor(), crisis, alert).identifier());
        });
        assertThat(alerts.cancelled(crisis)).containsExactly(alert);
        mvc.perform(post("/crises/{id}/alerts/{a}/cancel", crisis, alert).cookie(session).with(csrf())
                        .param("note", "Again").param("confirmed", "yes"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.hasToString(containsString("cancelled already"))));
        assertThat(alerts.of(lead.actor(), crisis)).hasSize(2);
        mvc.perform(get("/crises/{id}", crisis).cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("cancel-note-" + alert + "\""))));
    }


    @Test
    void aFocalPointOpensACrisisFromTheListAndItsLeadClosesItAfterConfirming() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        Cookie session = PageSession.login(mvc, focal);
        String code = "FLD-" + System.nanoTime() % 100000000;

        mvc.perform(get("/crises").cookie(session)).andExpect(content().string(containsString("Open a crisis")));
        // Every problem at once: the code is checked even though the type and the hours could not be read.
        mvc.perform(post("/crises").cookie(session).with(csrf()).param("code", "not a code").param("name", "River floods")
                        .param("type", "").param("lead", focal.party().value()).param("reportEveryHours", "often"))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(containsString("type"))))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(
                        containsString("crisis.invalid.code"))))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(
                        containsString("reportEveryHours"))));
        assertThat(room.visible(focal.actor())).noneMatch(c -> c.code().equals(code));

        mvc.perform(post("/crises").cookie(session).with(csrf()).param("code", code).param("name", "River floods")
                        .param("type", "FLOOD").param("lead", focal.party().value()).param("reportEveryHours", "12")
                        .param("classification", "PUBLIC"))
                .andExpect(flash().attribute("notice", "crisis.opened"));
        Crisis opened = room.visible(focal.actor()).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
        assertThat(opened.leadParty()).isEqualTo(focal.party());

        mvc.perform(post("/crises/{id}/close", opened.id()).cookie(session).with(csrf()))
                .andExpect(content().string(containsString("Close River floods?")));
        assertThat(room.get(focal.actor(), opened.id()).isActive()).isTrue();
        mvc.perform(post("/crises/{id}/close", opened.id()).cookie(session).with(csrf()).param("confirmed", "yes"))
                .andExpect(flash().attribute("notice", "crisis.closedNotice"));
        assertThat(room.get(focal.actor(), opened.id()).isActive()).isFalse();
    }

    @Test
    void theSecretariatDefinesAProtocolWithTheFormAndACrisisLeadAppliesItFromTheCrisisPage() throws Exception {
        var secretariat = fixtures.user(Role.SECRETARIAT);
        Cookie desk = PageSession.login(mvc, secretariat);
        String code = "PR-" + System.nanoTime() % 100000000;

        // Every problem at once, each at its field, and what was typed comes back.
        mvc.perform(post("/crises/protocols").cookie(desk).with(csrf()).param("code", "not a code").param("name", "")
                        .param("levels[0].name", "ALERT").param("levels[1].name", "ALERT")
                        .param("triggers[0].level", "ALERT").param("triggers[0].figure", "cases")
                        .param("triggers[0].threshold", "many").param("actions[0].level", "ALERT")
                        .param("actions[0].title", "Convene the cell").param("actions[0].deadlineHours", "0"))
                .andExpect(flash().attribute("formProblems", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers
                        .stringContainsInOrder("code", "name", "levels", "triggers[0].threshold",
                                "actions[0].ownerRole", "actions[0].deadlineHours"))))
                .andExpect(flash().attributeExists("kept"));
        assertThat(escalation.protocols()).noneMatch(p -> p.code().equals(code));

        mvc.perform(post("/crises/protocols").cookie(desk).with(csrf()).param("code", code.toLowerCase())
                        .param("name", "River floods").param("levels[0].name", "MONITORING")
                        .param("levels[1].name", "RESPONSE").param("triggers[0].level", "RESPONSE")
                        .param("triggers[0].figure", "displaced").param("triggers[0].threshold", "5,000")
                        .param("actions[0].level", "RESPONSE").param("actions[0].title", "Open the operations cell")
                        .param("actions[0].ownerRole", "FOCAL_POINT").param("actions[0].deadlineHours", "12"))
                .andExpect(flash().attribute("notice", "protocol.defined"));
        EscalationProtocol defined = escalation.protocol(code);
        assertThat(defined.triggersOf("RESPONSE")).singleElement().satisfies(t -> assertThat(t.threshold()).isEqualTo(5000));
        mvc.perform(get("/crises/protocols").param("lang", "fr"))
                .andExpect(content().string(containsString("Déplacés égal ou supérieur à 5")))
                .andExpect(content().string(containsString("Open the operations cell : Point focal, sous 12 heures")));

        var lead = fixtures.user(Role.FOCAL_POINT);
        long crisis = room.open(lead.actor(), new Crisis.Declaration("PA" + System.nanoTime() % 100000000, "Floods",
                CrisisType.FLOOD, lead.party(), Set.of(lead.party()), null, Classification.PUBLIC, 24)).id();
        Cookie session = PageSession.login(mvc, lead);
        mvc.perform(get("/crises/{id}", crisis).cookie(session))
                .andExpect(content().string(containsString("Follow an escalation protocol")));
        mvc.perform(post("/crises/{id}/protocol", crisis).cookie(session).with(csrf()).param("start", code + "|RESPONSE"))
                .andExpect(flash().attribute("notice", "protocol.applied"));
        assertThat(room.get(lead.actor(), crisis).level()).isEqualTo("RESPONSE");
        assertThat(escalation.state(lead.actor(), crisis).actions()).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Open the operations cell"));
    }

    @Test
    void aLongTimelineShowsTheNewestTwentyEventsAndPagesToTheOlderOnes() throws Exception {
        var lead = fixtures.user(Role.FOCAL_POINT);
        long crisis = room.open(lead.actor(), new Crisis.Declaration("TL" + System.nanoTime() % 100000000, "Drought",
                CrisisType.DROUGHT, lead.party(), Set.of(lead.party()), null, Classification.PUBLIC, 24)).id();
        for (int i = 1; i <= 25; i++) {
            room.recordEvent(lead.actor(), crisis, "Water trucking round " + i);
        }
        mvc.perform(get("/crises/{id}", crisis))
                .andExpect(content().string(containsString("Water trucking round 25")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Water trucking round 3<"))))
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andExpect(content().string(containsString("/crises/" + crisis + "?timeline=1#timeline")));
        mvc.perform(get("/crises/{id}", crisis).param("timeline", "1"))
                .andExpect(content().string(containsString("Water trucking round 3<")))
                .andExpect(content().string(containsString("Page 2 of 2")));
    }

    @Test
    void theLeadAssignsDecisionRightsFromTheCrisisPage() throws Exception {
        var lead = fixtures.user(Role.FOCAL_POINT);
        var hub = fixtures.party();
        long crisis = room.open(lead.actor(), new Crisis.Declaration("DR" + System.nanoTime() % 100000000, "Storm",
                CrisisType.CYCLONE, lead.party(), Set.of(lead.party()), null, Classification.PUBLIC, 24)).id();
        Cookie session = PageSession.login(mvc, lead);
        mvc.perform(get("/crises/{id}", crisis).cookie(session))
                .andExpect(content().string(containsString("Assign the decision rights")));

        var post = post("/crises/{id}/decision-rights", crisis).cookie(session).with(csrf());
        for (ResourceKind kind : ResourceKind.values()) {
            boolean equipment = kind == ResourceKind.EQUIPMENT;
            post.param("resource", kind.name()).param("party", equipment ? hub.code().value() : lead.party().value())
                    .param("role", equipment ? "LOGISTICS_OFFICER" : "FOCAL_POINT");
        }
        mvc.perform(post).andExpect(flash().attribute("notice", "rights.saved"));

        DecisionRight equipment = room.get(lead.actor(), crisis).decisionHolder(ResourceKind.EQUIPMENT);
        assertThat(equipment.party()).isEqualTo(hub.code().value());
        assertThat(equipment.role()).isEqualTo(Role.LOGISTICS_OFFICER);
        var outsider = fixtures.user(Role.FOCAL_POINT);
        mvc.perform(post("/crises/{id}/decision-rights", crisis).cookie(PageSession.login(mvc, outsider)).with(csrf())
                        .param("resource", "EQUIPMENT").param("party", outsider.party().value()).param("role", "FOCAL_POINT"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.notNullValue()));
        assertThat(room.get(lead.actor(), crisis).decisionHolder(ResourceKind.EQUIPMENT).party())
                .isEqualTo(hub.code().value());
    }

    @Test
    void aReportWhoseFiguresFallFarBelowTheLastAsksForConfirmationBeforeReplacingThem() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        long crisis = room.open(focal.actor(), new Crisis.Declaration("J" + System.nanoTime() % 100000000, "Storm",
                CrisisType.CYCLONE, focal.party(), Set.of(focal.party()), null, Classification.PUBLIC, 24)).id();
        Cookie session = PageSession.login(mvc, focal);
        mvc.perform(post("/crises/{id}/sitreps", crisis).cookie(session).with(csrf())
                        .param("party", focal.party().value()).param("periodStart", "2026-11-22T00:00")
                        .param("periodEnd", "2026-11-23T00:00").param("summary", "Coast hit")
                        .param("classification", "PUBLIC").param("affected", "215000"))
                .andExpect(redirectedUrlPattern("/crises/" + crisis + "/sitreps/*"));

        mvc.perform(post("/crises/{id}/sitreps", crisis).cookie(session).with(csrf())
                        .param("party", focal.party().value()).param("periodStart", "2026-11-23T00:00")
                        .param("periodEnd", "2026-11-24T00:00").param("summary", "Test entry")
                        .param("classification", "PUBLIC").param("affected", "1234").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Affected: from 215,000 to 1,234")));
        assertThat(room.reports(focal.actor(), crisis, Disclosure.Purpose.READ).items()).hasSize(1);

        mvc.perform(post("/crises/{id}/sitreps", crisis).cookie(session).with(csrf())
                        .param("party", focal.party().value()).param("periodStart", "2026-11-23T00:00")
                        .param("periodEnd", "2026-11-24T00:00").param("summary", "Most people returned home")
                        .param("classification", "PUBLIC").param("affected", "1234").param("confirmed", "yes"))
                .andExpect(redirectedUrlPattern("/crises/" + crisis + "/sitreps/*"));
        assertThat(room.reports(focal.actor(), crisis, Disclosure.Purpose.READ).items()).hasSize(2);
    }
}
