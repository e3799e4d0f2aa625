package org.entente.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.NotFound;
import org.entente.shared.Paging;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Red lines on a real database: rules stored per owner and kind, reads filtered, disclosures logged. */
abstract class SharingContract {

    @Autowired
    Sharing sharing;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;

    record Report(PartyCode owner, Classification classification, Set<PartyCode> recipients, String reference)
            implements Classified {
        @Override
        public DataKind dataKind() {
            return DataKind.SITUATION_REPORT;
        }
    }

    @Test
    void aRestrictedRecordReachesOnlyTheOwnerAndThePartiesOnItsRule() {
        var owner = fixtures.user(Role.FOCAL_POINT);
        var neighbour = fixtures.user(Role.FOCAL_POINT);
        var outsider = fixtures.user(Role.FOCAL_POINT);
        sharing.setRule(owner.actor(), owner.party(), DataKind.SITUATION_REPORT, Set.of(neighbour.party()), null);
        Report restricted = new Report(owner.party(), Classification.RESTRICTED, Set.of(), "sitrep/r1");
        Report open = new Report(owner.party(), Classification.PUBLIC, Set.of(), "sitrep/p1");

        var seenByOutsider = sharing.filter(outsider.actor(), List.of(restricted, open), Disclosure.Purpose.LIST);
        var seenByNeighbour = sharing.filter(neighbour.actor(), List.of(restricted, open), Disclosure.Purpose.LIST);

        assertThat(seenByOutsider.items()).containsExactly(open);
        assertThat(seenByOutsider.withheld()).isEqualTo(1);
        assertThat(seenByNeighbour.items()).containsExactly(restricted, open);
        assertThat(seenByNeighbour.withheld()).isZero();
    }

    @Test
    void everyDisclosureToAnotherPartyIsLoggedForTheOwner() {
        var owner = fixtures.user(Role.FOCAL_POINT);
        var neighbour = fixtures.user(Role.MONITOR);
        var recipient = fixtures.user(Role.MONITOR);
        sharing.setRule(owner.actor(), owner.party(), DataKind.SITUATION_REPORT, Set.of(neighbour.party()), null);

        sharing.filter(owner.actor(), List.of(new Report(owner.party(), Classification.RESTRICTED, Set.of(), "sitrep/own")),
                Disclosure.Purpose.READ);
        sharing.filter(neighbour.actor(), List.of(new Report(owner.party(), Classification.RESTRICTED, Set.of(), "sitrep/r2")),
                Disclosure.Purpose.EXPORT);
        sharing.filter(recipient.actor(), List.of(new Report(owner.party(), Classification.CONFIDENTIAL,
                Set.of(recipient.party()), "sitrep/c2")), Disclosure.Purpose.READ);

        var log = sharing.disclosuresOf(owner.actor(), owner.party(), Paging.of(0, 10)).items();
        assertThat(log).extracting(Disclosure::recordRef).containsExactly("sitrep/c2", "sitrep/r2");
        assertThat(log.get(1).recipientParty()).isEqualTo(neighbour.party().value());
        assertThat(log.get(1).purpose()).isEqualTo(Disclosure.Purpose.EXPORT);
        assertThat(log.get(0).classification()).isEqualTo(Classification.CONFIDENTIAL);
    }

    @Test
    void aRefusedReaderIsToldTheRecordDoesNotExist() {
        var owner = fixtures.user(Role.FOCAL_POINT);
        var outsider = fixtures.user(Role.FOCAL_POINT);
        Report confidential = new Report(owner.party(), Classification.CONFIDENTIAL, Set.of(), "sitrep/c9");

        assertThatThrownBy(() -> sharing.requireReadable(outsider.actor(), confidential)).isInstanceOf(NotFound.class);
        assertThat(sharing.requireReadable(owner.actor(), confidential)).isEqualTo(confidential);
    }

    @Test
    void onlyTheOwnersFocalPointSetsItsRedLines() {
        var owner = fixtures.user(Role.FOCAL_POINT);
        var monitorOfOwner = fixtures.user(owner.party(), Role.MONITOR, Role.ADMIN);
        var other = fixtures.user(Role.FOCAL_POINT);

        assertThatThrownBy(() -> sharing.setRule(monitorOfOwner.actor(), owner.party(), DataKind.FINANCE,
                Set.of(other.party()), null)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> sharing.setRule(other.actor(), owner.party(), DataKind.FINANCE,
                Set.of(other.party()), null)).isInstanceOf(AccessDenied.class);
        assertThat(sharing.rulesOf(owner.actor(), owner.party())).isEmpty();
    }

    @Test
    void rulesAreSetAndReadThroughTheApiWithOptimisticLocking() throws Exception {
        var owner = fixtures.user(Role.FOCAL_POINT);
        var neighbour = fixtures.party();
        String path = "/api/v1/sharing/rules/" + owner.party() + "/STOCK_LEVEL";

        mvc.perform(put(path).header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parties\": [\"" + neighbour.code() + "\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parties", contains(neighbour.code().value())))
                .andExpect(jsonPath("$.version", is(0)));
        mvc.perform(put(path).header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parties\": [], \"version\": 7}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/sharing/rules/" + owner.party()).header("Authorization", owner.bearer()))
                .andExpect(jsonPath("$[0].dataKind", is("STOCK_LEVEL")))
                .andExpect(jsonPath("$[0].parties", contains(neighbour.code().value())));
    }

    @Test
    void aRuleNamingAnUnknownPartyIsRefusedNamingTheField() throws Exception {
        var owner = fixtures.user(Role.FOCAL_POINT);
        mvc.perform(put("/api/v1/sharing/rules/" + owner.party() + "/FINANCE").header("Authorization", owner.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parties\": [\"NOPE-1\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("parties")));
        assertThat(sharing.rulesOf(owner.actor(), owner.party())).isEmpty();
        assertThat(Actor.system().isSystem()).isTrue();
    }
}
