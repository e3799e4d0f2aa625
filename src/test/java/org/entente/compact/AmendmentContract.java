package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.shared.AccessDenied;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Proposing, commenting on, adopting and rejecting amendments on a real database. */
abstract class AmendmentContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CompactCatalogue catalogue;
    @Autowired
    AdherenceDesk adherence;
    @Autowired
    AmendmentDesk amendments;
    @Autowired
    MutableClock clock;

    Fixtures.TestUser secretariat;
    Fixtures.TestUser adherent;
    String code;
    ModuleContent base;

    @BeforeEach
    void aCompactInForceWithOneAdherent() {
        secretariat = fixtures.user(Role.SECRETARIAT);
        code = "M" + System.nanoTime() % 100000000;
        catalogue.draft(secretariat.actor(), code, new Compact.Terms("Amendment test", null, secretariat.party(), 1, 30));
        base = new ModuleContent("Recruitment", "No fees", ModuleCategory.ETHICAL_RECRUITMENT, List.of(), List.of(), null,
                List.of(new Provision("1", "No fees for workers.", Strength.SHALL, true),
                        new Provision("2", "Fees are published.", Strength.SHOULD, false)),
                List.of(), List.of());
        catalogue.addModule(secretariat.actor(), code, "REC", base);
        catalogue.open(secretariat.actor(), code);
        adherent = fixtures.user(Role.FOCAL_POINT);
        adherence.declare(adherent.actor(), code, adherent.party(), new Declaration(Set.of("REC"), List.of(), List.of(), List.of()));
        adherence.accept(secretariat.actor(), code, adherent.party());
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    ModuleContent withProvisions(Provision... extra) {
        List<Provision> provisions = new ArrayList<>(base.provisions());
        provisions.addAll(List.of(extra));
        return new ModuleContent(base.title(), base.purpose(), base.category(), base.gcmObjectives(),
                base.prerequisites(), base.sunset(), provisions, base.indicators(), base.phases());
    }


    @Test
    void adoptingACoreChangeMakesANewVersionAndAsksAdherentsToReconfirm() throws Exception {
        Amendment amendment = amendments.propose(secretariat.actor(), code, "REC", new AmendmentDesk.Proposal(
                "Reimbursement", null, LocalDate.now(ZoneOffset.UTC),
                withProvisions(new Provision("3", "Paid fees are reimbursed.", Strength.SHALL, true))));
        mvc.perform(post("/api/v1/compacts/{c}/amendments/{id}/adoption", code, amendment.id())
                        .header("Authorization", secretariat.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("ADOPTED")))
                .andExpect(jsonPath("$.adoptedVersion", is(2)));

        mvc.perform(get("/api/v1/compacts/{c}", code)).andExpect(jsonPath("$.modules[0].version", is(2)))
                .andExpect(jsonPath("$.modules[0].provisions.length()", is(3)));
        mvc.perform(get("/api/v1/compacts/{c}/modules/REC/versions/1", code))
                .andExpect(jsonPath("$.provisions.length()", is(2)));
        mvc.perform(get("/api/v1/compacts/{c}/modules/REC/diff", code).param("from", "1").param("to", "2"))
                .andExpect(jsonPath("$.provisions[2].change", is("ADDED")));
        var committed = adherence.of(code, adherent.party()).orElseThrow().committed("REC").orElseThrow();
        assertThat(committed.reconfirmationDue()).isTrue();
        assertThat(committed.moduleVersion()).isEqualTo(1);

        adherence.reconfirm(adherent.actor(), code, adherent.party(), "REC");
        var reconfirmed = adherence.of(code, adherent.party()).orElseThrow().committed("REC").orElseThrow();
        assertThat(reconfirmed.reconfirmationDue()).isFalse();
        assertThat(reconfirmed.moduleVersion()).isEqualTo(2);
    }

    @Test
    void aChangeOutsideCoreProtectionsAndIndicatorsNeedsNoReconfirmation() {
        Amendment amendment = amendments.propose(secretariat.actor(), code, "REC", new AmendmentDesk.Proposal(
                "Publish more", null, LocalDate.now(ZoneOffset.UTC),
                withProvisions(new Provision("3", "Fees are published yearly.", Strength.SHOULD, false))));
        amendments.adopt(secretariat.actor(), code, amendment.id());
        assertThat(adherence.of(code, adherent.party()).orElseThrow().committed("REC").orElseThrow().reconfirmationDue())
                .isFalse();
    }

    @Test
    void partnersCommentUntilTheClosingDateAndAdoptionWaitsForIt() throws Exception {
        Amendment amendment = amendments.propose(adherent.actor(), code, "REC", new AmendmentDesk.Proposal(
                "Publish more", "Transparency", LocalDate.now(ZoneOffset.UTC).plusDays(10),
                withProvisions(new Provision("3", "Fees are published yearly.", Strength.SHOULD, false))));
        assertThat(amendment.proposedBy()).isEqualTo(adherent.party());
        var partner = fixtures.user(Role.MONITOR);
        mvc.perform(post("/api/v1/compacts/{c}/amendments/{id}/comments", code, amendment.id())
                        .header("Authorization", partner.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Nous soutenons.\", \"language\": \"fr\"}"))
                .andExpect(status().isCreated());
        assertThatThrownBy(() -> amendments.adopt(secretariat.actor(), code, amendment.id()))
                .isInstanceOf(Conflict.class).hasMessageContaining("open for comments");

        clock.advance(Duration.ofDays(11));
        mvc.perform(post("/api/v1/compacts/{c}/amendments/{id}/comments", code, amendment.id())
                        .header("Authorization", partner.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Too late.\"}"))
                .andExpect(status().isConflict());
        amendments.adopt(secretariat.actor(), code, amendment.id());
        mvc.perform(get("/api/v1/compacts/{c}/amendments/{id}", code, amendment.id()))
                .andExpect(jsonPath("$.comments.length()", is(1)))
                .andExpect(jsonPath("$.comments[0].language", is("fr")))
                .andExpect(jsonPath("$.amendment.status", is("ADOPTED")));
    }

    @Test
    void anAmendmentMadeAgainstAnOlderVersionCannotBeAdopted() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Amendment first = amendments.propose(secretariat.actor(), code, "REC", new AmendmentDesk.Proposal("First", null,
                today, withProvisions(new Provision("3", "A.", Strength.MAY, false))));
        Amendment second = amendments.propose(secretariat.actor(), code, "REC", new AmendmentDesk.Proposal("Second", null,
                today, withProvisions(new Provision("3", "B.", Strength.MAY, false))));
        amendments.adopt(secretariat.actor(), code, first.id());
        assertThatThrownBy(() -> amendments.adopt(secretariat.actor(), code, second.id()))
                .isInstanceOf(Conflict.class).hasMessageContaining("proposed again");
    }

    @Test
    void onlyTheSecretariatOrAnAdheringFocalPointProposesAndOnlyTheSecretariatDecides() throws Exception {
        var outsider = fixtures.user(Role.FOCAL_POINT);
        assertThatThrownBy(() -> amendments.propose(outsider.actor(), code, "REC", new AmendmentDesk.Proposal("X", null,
                LocalDate.now(ZoneOffset.UTC), withProvisions(new Provision("3", "A.", Strength.MAY, false)))))
                .isInstanceOf(AccessDenied.class);
        Amendment amendment = amendments.propose(adherent.actor(), code, "REC", new AmendmentDesk.Proposal("Y", null,
                LocalDate.now(ZoneOffset.UTC), withProvisions(new Provision("3", "A.", Strength.MAY, false))));
        mvc.perform(post("/api/v1/compacts/{c}/amendments/{id}/adoption", code, amendment.id())
                        .header("Authorization", adherent.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/compacts/{c}/amendments/{id}/rejection", code, amendment.id())
                        .header("Authorization", secretariat.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Out of scope\"}"))
                .andExpect(jsonPath("$.status", is("REJECTED")));
        assertThat(catalogue.get(secretariat.actor(), code).module("REC").orElseThrow().module().currentVersion()).isEqualTo(1);
    }

    @Test
    void aProposalThatChangesNothingOrBreaksARuleIsRefused() throws Exception {
        assertThatThrownBy(() -> amendments.propose(secretariat.actor(), code, "REC", new AmendmentDesk.Proposal("Same",
                null, LocalDate.now(ZoneOffset.UTC), base))).isInstanceOf(InvalidInput.class).hasMessageContaining("change");
        mvc.perform(post("/api/v1/compacts/{c}/modules/REC/amendments", code).header("Authorization", secretariat.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Bad", "commentsUntil": "2099-01-01",
                                 "text": {"title": "Recruitment", "category": "ETHICAL_RECRUITMENT",
                                          "provisions": [{"number": "1", "text": "x", "strength": "SHALL", "coreProtection": true}]}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("commentsUntil")));
        mvc.perform(post("/api/v1/compacts/{c}/modules/REC/amendments", code).header("Authorization", secretariat.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title": "Bad", "commentsUntil": "%s",
                                 "text": {"title": "Recruitment", "category": "ETHICAL_RECRUITMENT",
                                          "provisions": [{"number": "one", "text": "x", "strength": "SHALL"}]}}"""
                                .formatted(LocalDate.now(ZoneOffset.UTC))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("text.provisions[0].number")));
        assertThat(amendments.of(secretariat.actor(), code)).isEmpty();
    }
}
