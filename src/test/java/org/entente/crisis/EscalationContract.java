package org.entente.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.entente.shared.AccessDenied;
import org.entente.shared.Classification;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Escalation on a real database: triggers propose, the decision holder decides, mandated actions run their clock. */
abstract class EscalationContract {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CrisisRoom room;
    @Autowired
    Escalation escalation;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    Fixtures.TestUser lead;
    long crisis;
    String protocol;


    @BeforeEach
    void aCrisisUnderAProtocolAtAlert() {
        var secretariat = fixtures.user(Role.SECRETARIAT);
        protocol = "P" + System.nanoTime() % 100000000;
        escalation.define(secretariat.actor(), protocol, "Epidemic protocol",
                List.of(new ProtocolLevel("MONITORING", null), new ProtocolLevel("ALERT", null),
                        new ProtocolLevel("RESPONSE", "All liaison units, en fr ar")),
                List.of(new LevelTrigger("RESPONSE", "cases", 100)),
                List.of(new LevelAction("RESPONSE", "Open the joint operations cell", Role.FOCAL_POINT, 12),
                        new LevelAction("RESPONSE", "Request pooled stock", Role.LOGISTICS_OFFICER, 24)));
        lead = fixtures.user(Role.FOCAL_POINT);
        crisis = room.open(lead.actor(), new Crisis.Declaration("E" + System.nanoTime() % 100000000, "Epidemic",
                CrisisType.EPIDEMIC, lead.party(), Set.of(lead.party()), null, Classification.PUBLIC, 24)).id();
        escalation.apply(lead.actor(), crisis, protocol, "ALERT");
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    void file(long cases) {
        Instant now = clock.instant();
        room.submit(lead.actor(), crisis, lead.party(), new SituationReport.Content(now.minusSeconds(3600), now, "Cases",
                Classification.PARTNERS, Set.of(), new KeyFigures(null, null, null, null, null, cases, null), List.of(),
                null, null));
        fixtures.awaitReactions();
    }

    @Test
    void aTriggerProposesAtItsThresholdButNeverEscalatesByItself() {
        file(99);
        assertThat(escalation.state(lead.actor(), crisis).proposals()).isEmpty();
        file(100);
        var state = escalation.state(lead.actor(), crisis);
        assertThat(state.proposals()).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo("RESPONSE");
            assertThat(p.status()).isEqualTo(EscalationProposal.Status.OPEN);
            assertThat(p.reason()).contains("cases ≥ 100");
        });
        assertThat(state.crisis().level()).isEqualTo("ALERT");
        file(150);
        assertThat(escalation.state(lead.actor(), crisis).proposals()).hasSize(1);
    }

    @Test
    void theApiShowsTheLevelTheOpenProposalAndTheActions() throws Exception {
        file(120);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/crises/{id}/escalation", crisis))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.level").value("ALERT"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.proposals[0].level").value("RESPONSE"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.proposals[0].status").value("OPEN"));
    }

    @Test
    void escalatingMandatesTheLevelsActionsWhichGoOverdueOnTime() {
        file(120);
        escalation.moveTo(lead.actor(), crisis, "RESPONSE", "Cases doubled in three days");
        var state = escalation.state(lead.actor(), crisis);
        assertThat(state.crisis().level()).isEqualTo("RESPONSE");
        assertThat(state.proposals()).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(EscalationProposal.Status.ACCEPTED));
        assertThat(state.actions()).extracting(MandatedAction::title)
                .containsExactly("Open the joint operations cell", "Request pooled stock");
        assertThat(state.crisis().timeline()).anySatisfy(e -> assertThat(e.text())
                .contains("Escalated from ALERT to RESPONSE").contains("Cases doubled in three days"));

        clock.advance(Duration.ofHours(12).plusMinutes(1));
        var later = escalation.state(lead.actor(), crisis);
        assertThat(later.actions()).filteredOn(a -> a.isOverdue(later.now())).extracting(MandatedAction::title)
                .containsExactly("Open the joint operations cell");
        escalation.complete(lead.actor(), crisis, later.actions().get(0).id());
        var done = escalation.state(lead.actor(), crisis);
        assertThat(done.actions()).filteredOn(a -> a.isOverdue(done.now())).isEmpty();
    }

    @Test
    void onlyTheDecisionHolderMovesTheLevelAndOnlyTheOwnerRoleCompletesAnAction() {
        var other = fixtures.user(Role.FOCAL_POINT);
        assertThatThrownBy(() -> escalation.moveTo(other.actor(), crisis, "RESPONSE", "No"))
                .isInstanceOf(AccessDenied.class);
        escalation.moveTo(lead.actor(), crisis, "RESPONSE", "Decided");
        long logistics = escalation.state(lead.actor(), crisis).actions().stream()
                .filter(a -> a.ownerRole() == Role.LOGISTICS_OFFICER).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> escalation.complete(lead.actor(), crisis, logistics)).isInstanceOf(AccessDenied.class);
        escalation.complete(fixtures.user(lead.party(), Role.LOGISTICS_OFFICER).actor(), crisis, logistics);
        escalation.moveTo(lead.actor(), crisis, "MONITORING", "Outbreak contained");
        assertThat(escalation.state(lead.actor(), crisis).crisis().timeline()).anySatisfy(e -> assertThat(e.text())
                .contains("De-escalated from RESPONSE to MONITORING"));
    }

    @Test
    void aReportFiledIsEvaluatedOnceItsFilingHasCommitted(org.springframework.modulith.test.Scenario scenario) {
        Instant now = clock.instant();
        scenario.stimulate(() -> room.submit(lead.actor(), crisis, lead.party(), new SituationReport.Content(
                        now.minusSeconds(3600), now, "Cases", Classification.PARTNERS, Set.of(),
                        new KeyFigures(null, null, null, null, null, 130L, null), List.of(), null, null)))
                .andWaitForStateChange(() -> escalation.state(lead.actor(), crisis).proposals(), p -> !p.isEmpty())
                .andVerify(p -> assertThat(p).singleElement().satisfies(proposal -> {
                    assertThat(proposal.level()).isEqualTo("RESPONSE");
                    assertThat(proposal.reason()).contains("cases ≥ 100");
                }));
    }

    @Test
    void movingToALevelPublishesLevelEntered(org.springframework.modulith.test.Scenario scenario) {
        scenario.stimulate(() -> escalation.moveTo(lead.actor(), crisis, "RESPONSE", "Cases doubled"))
                .andWaitForEventOfType(LevelEntered.class)
                .matching(e -> e.crisis() == crisis)
                .toArriveAndVerify(e -> {
                    assertThat(e.from()).isEqualTo("ALERT");
                    assertThat(e.level()).isEqualTo("RESPONSE");
                });
    }
}
