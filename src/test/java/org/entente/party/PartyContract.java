package org.entente.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.entente.audit.AuditFilter;
import org.entente.audit.AuditTrail;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.Paging;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The party directory on a real database and through the API. */
abstract class PartyContract {

    @Autowired
    PartyDirectory directory;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail audit;

    @Test
    void storesAPartyWithItsFocalPointsAndReadsItBack() {
        Party party = fixtures.party();
        FocalPoint contact = new FocalPoint("Ana Lima", "Director", "ana@example.org", "+000 111 2222", "pt en",
                LocalDate.of(2026, 10, 1));
        directory.revise(Actor.system(), party.code(), new PartyDetails("Renamed", "RN", "North", List.of("pt", "en"),
                "Fair wages", Influence.HIGH, List.of(contact)), party.version());

        Party stored = directory.get(party.code());
        assertThat(stored.name()).isEqualTo("Renamed");
        assertThat(stored.workingLanguages()).containsExactly("pt", "en");
        assertThat(stored.influence()).isEqualTo(Influence.HIGH);
        assertThat(stored.focalPoints()).containsExactly(contact);
        assertThat(stored.version()).isGreaterThan(party.version());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Party party = fixtures.party();
        directory.revise(Actor.system(), party.code(), party.details(), party.version());

        PartyDetails late = new PartyDetails("Late edit", null, null, List.of(), null, null, List.of());
        assertThatThrownBy(() -> directory.revise(Actor.system(), party.code(), late, party.version()))
                .isInstanceOf(Conflict.class);
        assertThat(directory.get(party.code()).name()).isNotEqualTo("Late edit");
    }

    @Test
    void everyRegistrationAndRevisionIsAudited() {
        Party party = fixtures.party();
        directory.revise(Actor.system(), party.code(), party.details(), party.version());

        var entries = audit.browse(Actor.system(), new AuditFilter("Party", party.code().value(), null, null, null,
                null, null), Paging.of(0, 10)).items();
        assertThat(entries).extracting(e -> e.action()).containsExactly("party.revised", "party.registered");
        assertThat(entries).allSatisfy(e -> assertThat(e.summary()).doesNotContain("@"));
    }

    @Test
    void anonymousCallersSeeNoContactDetails() throws Exception {
        Party party = fixtures.party();
        directory.revise(Actor.system(), party.code(), new PartyDetails("P", null, null, List.of(), "secret interests",
                Influence.LOW, List.of(new FocalPoint("Ana", "Dir", "ana@example.org", null, "en", null))),
                party.version());

        mvc.perform(get("/api/v1/parties/{code}", party.code().value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("P")))
                .andExpect(jsonPath("$.focalPoints").doesNotExist())
                .andExpect(jsonPath("$.interests").doesNotExist())
                .andExpect(jsonPath("$.influence").doesNotExist());
        mvc.perform(get("/api/v1/parties").param("q", party.code().value()))
                .andExpect(jsonPath("$.items[0].focalPoints").doesNotExist());

        var member = fixtures.user(Role.MONITOR);
        mvc.perform(get("/api/v1/parties/{code}", party.code().value()).header("Authorization", member.bearer()))
                .andExpect(jsonPath("$.focalPoints[0].email", is("ana@example.org")))
                .andExpect(jsonPath("$.interests", is("secret interests")));
    }

    @Test
    void aFocalPointRevisesItsOwnPartyButNotItsInfluenceRating() throws Exception {
        Party party = fixtures.party();
        var focal = fixtures.user(party.code(), Role.FOCAL_POINT);
        String body = """
                {"name": "Self-described", "workingLanguages": ["en"], "influence": "HIGH", "version": %d,
                 "focalPoints": [{"name": "New Contact", "function": "Liaison", "languages": ["en"]}]}"""
                .formatted(party.version());

        mvc.perform(put("/api/v1/parties/{code}", party.code().value()).header("Authorization", focal.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("Self-described")))
                .andExpect(jsonPath("$.influence").doesNotExist());
        assertThat(directory.get(party.code()).influence()).isNull();
    }

    @Test
    void aFocalPointCannotReviseAnotherParty() throws Exception {
        Party mine = fixtures.party();
        Party theirs = fixtures.party();
        var focal = fixtures.user(mine.code(), Role.FOCAL_POINT);

        mvc.perform(put("/api/v1/parties/{code}", theirs.code().value()).header("Authorization", focal.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Hijacked\"}"))
                .andExpect(status().isForbidden());
        assertThat(directory.get(theirs.code()).name()).isNotEqualTo("Hijacked");
    }

    @Test
    void searchesByNameCodeAndKind() throws Exception {
        Party party = fixtures.party();
        mvc.perform(get("/api/v1/parties").param("q", party.name().toLowerCase()).param("kind", "OTHER"))
                .andExpect(jsonPath("$.items[*].code", hasItem(party.code().value())));
        mvc.perform(get("/api/v1/parties").param("q", party.code().value()).param("kind", "STATE"))
                .andExpect(jsonPath("$.items[*].code", not(hasItem(party.code().value()))));
    }
}
