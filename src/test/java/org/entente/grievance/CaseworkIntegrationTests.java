package org.entente.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.entente.audit.AuditEntry;
import org.entente.audit.AuditFilter;
import org.entente.audit.AuditTrail;
import org.entente.party.PartyDirectory;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.Paging;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/** The handlers' side: stages and their rules, escalation on missed targets, consent, remedies, panels, retention. */
@IntegrationTest
class CaseworkIntegrationTests {

    @Autowired
    Intake intake;
    @Autowired
    Casework casework;
    @Autowired
    PanelDecisions panel;
    @Autowired
    Escalations escalations;
    @Autowired
    Retention retention;
    @Autowired
    PartyDirectory parties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Actor user(GrievanceScenes.Filed filed, Role role) {
        return fixtures.user(filed.destination(), role).actor();
    }

    @Test
    void aCaseMovesOneStageAtATimeAndOnlyTheStagesHandlerMovesIt() {
        GrievanceScenes.Filed filed = GrievanceScenes.file(intake, parties, jdbc, Category.UNPAID_WAGES);
        Actor mediator = user(filed, Role.MEDIATOR);
        Actor ombudsperson = user(filed, Role.OMBUDSPERSON);
        Actor stranger = fixtures.user(GrievanceScenes.freshState(parties), Role.MEDIATOR).actor();
        assertThatThrownBy(() -> casework.open(stranger, filed.id())).as("another party's mediator")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> casework.moveTo(mediator, filed.id(), Stage.MEDIATION)).as("before triage")
                .isInstanceOf(Conflict.class);
        casework.triage(mediator, filed.id(), new GrievanceCase.Triage(Category.UNPAID_WAGES, Urgency.NORMAL, null,
                null, null));
        assertThatThrownBy(() -> casework.moveTo(mediator, filed.id(), Stage.OMBUDSPERSON))
                .as("no skipping mediation unless the worker is in danger").isInstanceOf(Conflict.class);
        casework.moveTo(mediator, filed.id(), Stage.MEDIATION);
        casework.moveTo(mediator, filed.id(), Stage.OMBUDSPERSON);
        assertThatThrownBy(() -> casework.moveTo(mediator, filed.id(), Stage.REGIONAL_PANEL))
                .as("the ombudsperson's stage is the ombudsperson's").isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> casework.close(mediator, filed.id(), Outcome.DECIDED_BY_PANEL))
                .isInstanceOf(AccessDenied.class);
        GrievanceCase atPanel = casework.moveTo(ombudsperson, filed.id(), Stage.REGIONAL_PANEL);
        assertThat(atPanel.reachedPanel()).isTrue();
        assertThatThrownBy(() -> casework.close(ombudsperson, filed.id(), Outcome.DECIDED_BY_PANEL))
                .as("a panel decides through a confirmed decision").isInstanceOf(Conflict.class);
        List<String> kinds = casework.open(mediator, filed.id()).timeline().stream().map(Casework.Event::kind)
                .toList();
        assertThat(kinds).containsSubsequence("RECEIVED", "TRIAGED", "MOVED", "MOVED", "MOVED");
    }

    @Test
    void aSafetyCaseIsDueTheSameDayAndMayGoStraightToTheOmbudsperson() {
        GrievanceScenes.Filed filed = GrievanceScenes.file(intake, parties, jdbc, Category.HARASSMENT_OR_VIOLENCE);
        Actor mediator = user(filed, Role.MEDIATOR);
        var view = casework.open(mediator, filed.id());
        assertThat(view.state().urgency()).isEqualTo(Urgency.SAFETY);
        assertThat(Duration.between(view.state().receivedAt(), view.state().dueAt())).isEqualTo(Duration.ofHours(24));
        assertThat(casework.queue(mediator, Role.MEDIATOR).get(0).urgency()).as("safety cases lead the queue")
                .isEqualTo(Urgency.SAFETY);
        casework.triage(mediator, filed.id(), new GrievanceCase.Triage(Category.HARASSMENT_OR_VIOLENCE,
                Urgency.SAFETY, null, null, null));
        assertThat(casework.moveTo(mediator, filed.id(), Stage.OMBUDSPERSON).stage()).isEqualTo(Stage.OMBUDSPERSON);
    }

    @Test
    void aCaseThatMissesItsTargetEscalatesToTheNextQueueAndTheMissIsCounted() {
        GrievanceScenes.Filed filed = GrievanceScenes.file(intake, parties, jdbc, Category.UNPAID_WAGES);
        Actor mediator = user(filed, Role.MEDIATOR);
        clock.advance(Duration.ofDays(1));
        escalations.escalateOverdue();
        assertThat(casework.open(mediator, filed.id()).state().stage()).as("within 2 days").isEqualTo(Stage.RECEIVED);
        clock.advance(Duration.ofDays(2));
        java.time.Instant escalating = clock.instant();
        escalations.escalateOverdue();
        GrievanceCase after = casework.open(mediator, filed.id()).state();
        assertThat(after.stage()).isEqualTo(Stage.TRIAGED);
        assertThat(after.dueAt()).as("the next stage's target starts when it escalates")
                .isBetween(escalating.plus(Duration.ofDays(5)).minusMillis(1), clock.instant().plus(Duration.ofDays(5)));
        clock.advance(Duration.ofDays(6));
        escalations.escalateOverdue();
        assertThat(casework.open(mediator, filed.id()).state().stage()).isEqualTo(Stage.MEDIATION);
        assertThat(jdbc.sql("select stage from grievance_miss where case_id = ? order by missed_at")
                .param(filed.id()).query(String.class).list()).containsExactly("RECEIVED", "TRIAGED");
        assertThat(escalations.escalateOverdue()).as("nothing more is due now").isZero();
        assertThat(casework.open(mediator, filed.id()).timeline()).extracting(Casework.Event::kind)
                .containsSubsequence("ESCALATED", "ESCALATED");
    }

    @Test
    void identityReachesTheEmployerOnlyWithConsentOrByAnOmbudspersonsOverrideWithAReason() {
        GrievanceScenes.Filed filed = GrievanceScenes.file(intake, parties, jdbc, Category.PASSPORT_KEPT);
        Actor mediator = user(filed, Role.MEDIATOR);
        Actor ombudsperson = user(filed, Role.OMBUDSPERSON);
        assertThatThrownBy(() -> casework.reveal(mediator, filed.id(), "Costa Build HR", "It would help"))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> casework.reveal(ombudsperson, filed.id(), "Costa Build HR", null))
                .isInstanceOf(InvalidInput.class);
        var override = casework.reveal(ombudsperson, filed.id(), "Labour inspectorate",
                "The passport must be returned and the inspectorate needs the worker's name to order it");
        assertThat(override.withConsent()).isFalse();
        List<AuditEntry> entries = audit.browse(Actor.system(), new AuditFilter("Grievance",
                String.valueOf(filed.id()), "grievance.identity-revealed-override", null, null, null, null), new Paging(0, 10)).items();
        assertThat(entries).anyMatch(e -> e.entityId().equals(String.valueOf(filed.id())));
        intake.consent(filed.receipt(), GrievanceScenes.PASSPHRASE, true);
        assertThat(casework.reveal(mediator, filed.id(), "Costa Build HR", null).withConsent()).isTrue();
    }

    @Test
    void aRemedyIsRecordedDeliveredAndConfirmedByTheWorkerAndClosingAnnouncesItWithoutPersonalData(
            Scenario scenario) {
        GrievanceScenes.Filed filed = GrievanceScenes.file(intake, parties, jdbc, Category.UNPAID_WAGES);
        Actor mediator = user(filed, Role.MEDIATOR);
        casework.triage(mediator, filed.id(), new GrievanceCase.Triage(Category.UNPAID_WAGES, Urgency.NORMAL, null,
                null, null));
        casework.moveTo(mediator, filed.id(), Stage.MEDIATION);
        assertThatThrownBy(() -> casework.recordRemedy(mediator, filed.id(), new Casework.RemedyDraft(
                RemedyKind.BACK_PAY, null, "ZZZ", false))).isInstanceOf(InvalidInput.class);
        var remedy = casework.recordRemedy(mediator, filed.id(), new Casework.RemedyDraft(RemedyKind.BACK_PAY,
                new BigDecimal("1450.00"), "usd", false));
        casework.remedyDelivered(mediator, filed.id(), remedy.id());
        var seen = intake.confirmRemedy(filed.receipt(), GrievanceScenes.PASSPHRASE, remedy.id());
        assertThat(seen.remedies()).singleElement().satisfies(r -> {
            assertThat(r.confirmed()).isTrue();
            assertThat(r.amount()).isEqualByComparingTo("1450");
            assertThat(r.currency()).isEqualTo("USD");
        });
        scenario.stimulate(() -> casework.close(mediator, filed.id(), Outcome.RESOLVED_WITH_REMEDY))
                .andWaitForEventOfType(GrievanceClosed.class)
                .matching(e -> e.caseId() == filed.id())
                .toArriveAndVerify(e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.RESOLVED_WITH_REMEDY);
                    assertThat(e.remedyDelivered()).isTrue();
                    assertThat(e.employerKey()).as("keyed, not named").hasSize(64).doesNotContain("Costa");
                });
        assertThat(intake.followUp(filed.receipt(), GrievanceScenes.PASSPHRASE).anonymiseOn()).isNotNull();
    }

    @Test
    void aHandlersReplyReachesTheWorkerInTheWorkersLanguageAndNotesDoNot() {
        GrievanceScenes.Filed filed = GrievanceScenes.file(intake, parties, jdbc, Category.UNPAID_WAGES);
        Actor mediator = user(filed, Role.MEDIATOR);
        casework.reply(mediator, filed.id(), "We called your employer.", "en", "اتصلنا بصاحب العمل.");
        casework.note(mediator, filed.id(), "HR denies everything.");
        var view = intake.followUp(filed.receipt(), GrievanceScenes.PASSPHRASE);
        assertThat(view.messages()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("اتصلنا بصاحب العمل.");
            assertThat(m.language()).isEqualTo("ar");
            assertThat(m.fromWorker()).isFalse();
        });
    }

    @Test
    void aPanelDecisionNeedsMembersOfTwoPartiesAndIsPublishedWithoutPersonalData() {
        GrievanceScenes.Filed filed = GrievanceScenes.file(intake, jdbc, GrievanceScenes.filing(Category.UNPAID_WAGES,
                GrievanceScenes.freshState(parties), GrievanceScenes.freshState(parties), "Deposit taken from wages",
                "Nilufar Karimova"), null, null);
        GrievanceCase c = casework.open(Actor.system(), filed.id()).state();
        Actor mediator = fixtures.user(new org.entente.shared.PartyCode(c.countryTo()), Role.MEDIATOR).actor();
        Actor ombudsperson = fixtures.user(new org.entente.shared.PartyCode(c.countryTo()), Role.OMBUDSPERSON).actor();
        Actor panelTo = fixtures.user(new org.entente.shared.PartyCode(c.countryTo()), Role.PANEL_MEMBER).actor();
        Actor panelTo2 = fixtures.user(new org.entente.shared.PartyCode(c.countryTo()), Role.PANEL_MEMBER).actor();
        Actor panelFrom = fixtures.user(new org.entente.shared.PartyCode(c.countryFrom()), Role.PANEL_MEMBER).actor();
        assertThatThrownBy(() -> casework.open(panelTo, filed.id())).as("not before the panel yet")
                .isInstanceOf(NotFound.class);
        casework.triage(mediator, filed.id(), new GrievanceCase.Triage(Category.UNPAID_WAGES, Urgency.NORMAL, null,
                null, null));
        casework.moveTo(mediator, filed.id(), Stage.MEDIATION);
        casework.moveTo(mediator, filed.id(), Stage.OMBUDSPERSON);
        casework.moveTo(ombudsperson, filed.id(), Stage.REGIONAL_PANEL);
        panel.propose(panelTo, filed.id(), new PanelDecisions.DecisionDraft("Provision 3", PanelDecisions.Finding.UPHELD,
                "A deposit withheld from wages is unpaid wages.", "Provision 3 requires full payment."));
        assertThatThrownBy(() -> panel.confirm(panelTo2, filed.id())).as("same party")
                .isInstanceOf(Conflict.class);
        panel.confirm(panelFrom, filed.id());
        assertThat(casework.open(panelTo, filed.id()).state().outcome()).isEqualTo(Outcome.DECIDED_BY_PANEL);
        assertThat(panel.published()).anySatisfy(d -> {
            assertThat(d.caseId()).isEqualTo(filed.id());
            assertThat(d.summary() + d.reasons() + d.parties()).doesNotContain("Nilufar", "Karimova");
        });
    }

    @Test
    void closedCasesAreAnonymisedAfterTheRetentionPeriodAndCannotBeOpenedAgain() {
        GrievanceScenes.Filed filed = GrievanceScenes.file(intake, parties, jdbc, Category.DISCRIMINATION);
        Actor mediator = user(filed, Role.MEDIATOR);
        casework.reply(mediator, filed.id(), "Could you tell us more?", "en", null);
        casework.close(mediator, filed.id(), Outcome.NO_CONTACT);
        clock.advance(Duration.ofDays(700));
        retention.anonymiseDue();
        assertThat(casework.open(mediator, filed.id()).state().anonymisedAt()).as("not yet").isNull();
        clock.advance(Duration.ofDays(31));
        retention.anonymiseDue();
        var view = casework.open(mediator, filed.id());
        assertThat(view.state().anonymisedAt()).isNotNull();
        assertThat(view.personal().narrative()).isNull();
        assertThat(view.messages()).allSatisfy(m -> assertThat(m.text()).isNull());
        assertThat(view.state().category()).as("what the statistics count stays").isEqualTo(Category.DISCRIMINATION);
        assertThat(jdbc.sql("select count(*) from grievance_case where id = ? and (wrapped_key is not null or "
                + "personal is not null or receipt_hash is not null)").param(filed.id()).query(Long.class).single())
                .isZero();
        assertThatThrownBy(() -> intake.followUp(filed.receipt(), GrievanceScenes.PASSPHRASE))
                .isInstanceOf(NotFound.class);
        assertThat(view.timeline()).extracting(Casework.Event::kind).contains("ANONYMISATION_SCHEDULED", "ANONYMISED");
    }
}
