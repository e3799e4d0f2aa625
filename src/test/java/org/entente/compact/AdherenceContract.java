package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Opting in, acceptance, entry into force, withdrawal and sunsets on a real database, through the API. */
abstract class AdherenceContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CompactCatalogue catalogue;
    @Autowired
    AdherenceDesk desk;
    @Autowired
    MutableClock clock;

    Fixtures.TestUser secretariat;
    String code;

    @BeforeEach
    void anOpenCompactWithTwoModules() {
        secretariat = fixtures.user(Role.SECRETARIAT);
        code = "A" + System.nanoTime() % 100000000;
        CompactScenes.labourAndRecruitment(catalogue, secretariat, code, 2,
                Sunset.on(LocalDate.now(ZoneOffset.UTC).plusDays(10)));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    ResultActions declare(Fixtures.TestUser focal, String body) throws Exception {
        return mvc.perform(put("/api/v1/compacts/{c}/adherence/{p}", code, focal.party().value())
                .header("Authorization", focal.bearer()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions accept(String party) throws Exception {
        return mvc.perform(post("/api/v1/compacts/{c}/adherence/{p}/acceptance", code, party)
                .header("Authorization", secretariat.bearer()));
    }

    @Test
    void aFocalPointOptsInWithAnAdaptationThatStrengthensACoreProtection() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        declare(focal, """
                {"modules": ["LAB", "REC"],
                 "adaptations": [{"moduleCode": "LAB", "provisionNumber": "1", "effect": "STRENGTHENS",
                                  "scope": "agriculture", "text": "Also covers seasonal farm workers"}],
                 "targets": [{"moduleCode": "LAB", "indicatorCode": "INSPECTIONS", "baseline": 120, "baselineYear": 2025,
                              "target": 300, "targetDate": "2028-12-31"}],
                 "phaseDates": [{"moduleCode": "LAB", "phaseName": "Law enacted", "dueOn": "2027-06-30"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("DECLARED")))
                .andExpect(jsonPath("$.modules[0].code", is("LAB")))
                .andExpect(jsonPath("$.adaptations[0].effect", is("STRENGTHENS")))
                .andExpect(jsonPath("$.targets[0].target", is(300.0)));
    }

    @Test
    void anAdaptationThatNarrowsACoreProtectionIsRejectedAndNothingIsStored() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        declare(focal, """
                {"modules": ["LAB"], "adaptations": [{"moduleCode": "LAB", "provisionNumber": "1",
                 "effect": "NARROWS_SCOPE", "scope": "domestic work", "text": "Not for domestic workers"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("adaptations[0].effect")))
                .andExpect(jsonPath("$.errors[0].message", containsString("core protection")));
        assertThat(desk.of(code, focal.party())).isEmpty();
    }

    @Test
    void aModuleNeedsItsPrerequisite() throws Exception {
        declare(fixtures.user(Role.FOCAL_POINT), "{\"modules\": [\"REC\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", is("module REC requires module LAB")));
    }

    @Test
    void onlyThePartysOwnFocalPointDeclaresAndOnlyTheSecretariatAccepts() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        var otherFocal = fixtures.user(Role.FOCAL_POINT);
        mvc.perform(put("/api/v1/compacts/{c}/adherence/{p}", code, focal.party().value())
                        .header("Authorization", otherFocal.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"modules\": [\"LAB\"]}"))
                .andExpect(status().isForbidden());
        declare(focal, "{\"modules\": [\"LAB\"]}").andExpect(status().isOk());
        mvc.perform(post("/api/v1/compacts/{c}/adherence/{p}/acceptance", code, focal.party().value())
                        .header("Authorization", fixtures.user(Role.SECRETARIAT).bearer()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCompactEntersIntoForceWhenTheThresholdIsReached() throws Exception {
        var first = fixtures.user(Role.FOCAL_POINT);
        var second = fixtures.user(Role.FOCAL_POINT);
        declare(first, "{\"modules\": [\"LAB\"]}").andExpect(status().isOk());
        declare(second, "{\"modules\": [\"LAB\", \"REC\"]}").andExpect(status().isOk());

        accept(first.party().value()).andExpect(jsonPath("$.status", is("ACCEPTED")));
        assertThat(catalogue.find(code).status()).isEqualTo(CompactStatus.OPEN_FOR_ADHERENCE);
        accept(second.party().value()).andExpect(jsonPath("$.status", is("ACTIVE")));

        assertThat(catalogue.find(code).status()).isEqualTo(CompactStatus.IN_FORCE);
        assertThat(desk.of(code, first.party()).orElseThrow().status()).isEqualTo(AdherenceStatus.ACTIVE);
        var late = fixtures.user(Role.FOCAL_POINT);
        declare(late, "{\"modules\": [\"LAB\"]}").andExpect(status().isOk());
        accept(late.party().value()).andExpect(jsonPath("$.status", is("ACTIVE")));
    }

    @Test
    void aReturnedDeclarationCarriesReasonsOnlyThePartyAndTheSecretariatRead() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        declare(focal, "{\"modules\": [\"LAB\"]}").andExpect(status().isOk());
        mvc.perform(post("/api/v1/compacts/{c}/adherence/{p}/return", code, focal.party().value())
                        .header("Authorization", secretariat.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reasons\": \"Please add a baseline for inspections\"}"))
                .andExpect(jsonPath("$.status", is("RETURNED")));

        mvc.perform(get("/api/v1/compacts/{c}/adherence/{p}", code, focal.party().value())
                        .header("Authorization", focal.bearer()))
                .andExpect(jsonPath("$.returnReasons", is("Please add a baseline for inspections")));
        mvc.perform(get("/api/v1/compacts/{c}/adherence/{p}", code, focal.party().value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.returnReasons").doesNotExist());
        declare(focal, "{\"modules\": [\"LAB\"], \"targets\": [{\"moduleCode\": \"LAB\", \"indicatorCode\": "
                + "\"INSPECTIONS\", \"baseline\": 10, \"target\": 20}]}")
                .andExpect(jsonPath("$.status", is("DECLARED")));
    }

    @Test
    void aWithdrawalTakesEffectWhenTheNoticePeriodEnds() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        declare(focal, "{\"modules\": [\"LAB\"]}").andExpect(status().isOk());
        accept(focal.party().value()).andExpect(status().isOk());
        mvc.perform(post("/api/v1/compacts/{c}/adherence/{p}/withdrawal", code, focal.party().value())
                        .header("Authorization", focal.bearer()))
                .andExpect(jsonPath("$.status", is("WITHDRAWAL_NOTIFIED")));

        clock.advance(Duration.ofDays(30).minusMinutes(1));
        desk.completeDueWithdrawals();
        assertThat(desk.of(code, focal.party()).orElseThrow().status()).isEqualTo(AdherenceStatus.WITHDRAWAL_NOTIFIED);
        clock.advance(Duration.ofMinutes(2));
        desk.completeDueWithdrawals();
        assertThat(desk.of(code, focal.party()).orElseThrow().status()).isEqualTo(AdherenceStatus.WITHDRAWN);
    }

    @Test
    void aModuleExpiresAtItsSunsetAndThenAcceptsNoAdherence() throws Exception {
        var midnight = LocalDate.now(ZoneOffset.UTC).plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC);
        clock.setTo(midnight.minusSeconds(1));
        catalogue.expireDueModules();
        assertThat(catalogue.get(secretariat.actor(), code).module("REC").orElseThrow().module().isExpired()).isFalse();

        clock.setTo(midnight);
        catalogue.expireDueModules();
        var rec = catalogue.get(secretariat.actor(), code).module("REC").orElseThrow();
        assertThat(rec.module().isExpired()).isTrue();
        assertThat(rec.module().expiredAt()).isEqualTo(midnight);
        declare(fixtures.user(Role.FOCAL_POINT), "{\"modules\": [\"LAB\", \"REC\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("expired")));
    }

    @Test
    void theMatrixShowsWhoCommittedToWhatAsJsonAndAsHxlCsv() throws Exception {
        var focal = fixtures.user(Role.FOCAL_POINT);
        desk.declare(focal.actor(), code, focal.party(), new Declaration(Set.of("LAB", "REC"),
                List.of(new Adaptation("LAB", "2", AdaptationEffect.DEFERS, "rural areas", "From 2028")), List.of(),
                List.of()));

        mvc.perform(get("/api/v1/compacts/{c}/adherence", code))
                .andExpect(jsonPath("$.modules[0]", is("LAB")))
                .andExpect(jsonPath("$.parties[0].party", is(focal.party().value())))
                .andExpect(jsonPath("$.parties[0].status", is("DECLARED")))
                .andExpect(jsonPath("$.parties[0].modules.LAB.adapted", is(true)))
                .andExpect(jsonPath("$.parties[0].modules.REC.adapted", is(false)));
        String csv = mvc.perform(get("/api/v1/compacts/{c}/adherence", code).param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(1)).startsWith("#meta+compact,#org+code,#org+name,#status+adherence");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).contains(focal.party().value(), "LAB", "true");
    }
}
