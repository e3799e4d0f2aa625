package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.entente.audit.AuditFilter;
import org.entente.audit.AuditTrail;
import org.entente.shared.Actor;
import org.entente.shared.Paging;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Drafting, reading and opening compacts through the API, on a real database. */
abstract class CompactContract {

    static final String MODULE = """
            {"code": "ETH-REC", "title": "Ethical recruitment", "purpose": "No fees for workers",
             "category": "ETHICAL_RECRUITMENT", "gcmObjectives": [6], "prerequisites": [],
             "sunset": {"kind": "ON_DATE", "date": "2031-12-31"},
             "provisions": [
               {"number": "1", "text": "No recruitment fees shall be charged to workers.", "strength": "SHALL", "coreProtection": true},
               {"number": "2", "text": "Recruiters should publish their fees to employers.", "strength": "SHOULD", "coreProtection": false}],
             "indicators": [
               {"code": "SDG_10_7_1", "name": "Recruitment cost as a share of monthly income", "unit": "PERCENT",
                "direction": "LOWER_IS_BETTER", "periodType": "YEARLY", "dimensions": ["SEX", "CORRIDOR"],
                "dataSource": "Worker surveys",
                "formula": {"numerator": "RECRUITMENT_COST_PAID", "denominator": "MONTHLY_EARNINGS", "factor": 100}}],
             "phases": [{"name": "Register online", "dueOffsetDays": 270}, {"name": "Fee ban", "dueOffsetDays": 90}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditTrail audit;

    Fixtures.TestUser secretariat;
    String code;

    @BeforeEach
    void draftACompact() throws Exception {
        secretariat = fixtures.user(Role.SECRETARIAT);
        code = "C" + System.nanoTime() % 100000000;
        send(post("/api/v1/compacts"), """
                {"code": "%s", "title": "Fair labour mobility", "summary": "A menu of modules",
                 "secretariat": "%s", "entryIntoForceThreshold": 2, "withdrawalNoticeDays": 180}"""
                .formatted(code, secretariat.party()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status", is("DRAFT")))
                .andExpect(jsonPath("$.classification", is("PARTNERS")));
    }

    ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.header("Authorization", secretariat.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aModuleIsStoredWithEverythingItSaysAndReadBack() throws Exception {
        send(post("/api/v1/compacts/" + code + "/modules"), MODULE).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/compacts/" + code).header("Authorization", secretariat.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modules[0].code", is("ETH-REC")))
                .andExpect(jsonPath("$.modules[0].version", is(1)))
                .andExpect(jsonPath("$.modules[0].sunset.date", is("2031-12-31")))
                .andExpect(jsonPath("$.modules[0].expiresAt", is("2031-12-31T00:00:00Z")))
                .andExpect(jsonPath("$.modules[0].provisions[0].coreProtection", is(true)))
                .andExpect(jsonPath("$.modules[0].provisions[1].strength", is("SHOULD")))
                .andExpect(jsonPath("$.modules[0].indicators[0].dimensions", contains("SEX", "CORRIDOR")))
                .andExpect(jsonPath("$.modules[0].indicators[0].formula.denominator", is("MONTHLY_EARNINGS")))
                .andExpect(jsonPath("$.modules[0].phases[0].name", is("Fee ban")));
    }

    @Test
    void aDraftIsHiddenFromTheAnonymousAndPublicOnceOpen() throws Exception {
        send(post("/api/v1/compacts/" + code + "/modules"), MODULE).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/compacts/" + code)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/compacts")).andExpect(jsonPath("$[*].code", not(hasItem(code))));
        var partner = fixtures.user(Role.MONITOR);
        mvc.perform(get("/api/v1/compacts/" + code).header("Authorization", partner.bearer()))
                .andExpect(status().isOk());

        send(post("/api/v1/compacts/" + code + "/opening"), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("OPEN_FOR_ADHERENCE")));
        mvc.perform(get("/api/v1/compacts/" + code)).andExpect(status().isOk())
                .andExpect(jsonPath("$.classification", is("PUBLIC")));
        mvc.perform(get("/api/v1/compacts")).andExpect(jsonPath("$[*].code", hasItem(code)));
    }

    @Test
    void onceOpenTheTextChangesOnlyThroughAmendments() throws Exception {
        send(post("/api/v1/compacts/" + code + "/modules"), MODULE).andExpect(status().isCreated());
        send(post("/api/v1/compacts/" + code + "/opening"), "").andExpect(status().isOk());

        send(put("/api/v1/compacts/" + code + "/modules/ETH-REC"), MODULE).andExpect(status().isConflict());
        send(post("/api/v1/compacts/" + code + "/modules"), MODULE.replace("ETH-REC", "MORE"))
                .andExpect(status().isConflict());
    }

    @Test
    void aCompactOpensOnlyWithModulesThatHaveProvisions() throws Exception {
        send(post("/api/v1/compacts/" + code + "/opening"), "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("modules")));
        send(post("/api/v1/compacts/" + code + "/modules"), """
                {"code": "EMPTY", "title": "Nothing yet", "category": "OTHER"}""").andExpect(status().isCreated());
        send(post("/api/v1/compacts/" + code + "/opening"), "").andExpect(status().isBadRequest());
    }

    @Test
    void onlyTheSecretariatOfTheCompactDraftsIt() throws Exception {
        var otherSecretariat = fixtures.user(Role.SECRETARIAT);
        var focal = fixtures.user(secretariat.party(), Role.FOCAL_POINT);
        mvc.perform(post("/api/v1/compacts/" + code + "/modules").header("Authorization", otherSecretariat.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(MODULE))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/compacts").header("Authorization", otherSecretariat.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code": "X%s", "title": "T", "secretariat": "%s", "entryIntoForceThreshold": 1,
                                 "withdrawalNoticeDays": 1}""".formatted(code, secretariat.party())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/compacts/" + code + "/modules").header("Authorization", focal.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(MODULE))
                .andExpect(status().isForbidden());
    }

    @Test
    void badModuleInputIsNamedDownToTheRow() throws Exception {
        send(post("/api/v1/compacts/" + code + "/modules"), MODULE.replace("\"strength\": \"SHOULD\", ", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("provisions[1].strength")));
        send(post("/api/v1/compacts/" + code + "/modules"), MODULE.replace("MONTHLY_EARNINGS", "monthly earnings"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("indicators[0].denominator")));
        send(post("/api/v1/compacts/" + code + "/modules"), MODULE.replace("\"prerequisites\": []", "\"prerequisites\": [\"GHOST\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("prerequisites")));
        mvc.perform(get("/api/v1/compacts/" + code).header("Authorization", secretariat.bearer()))
                .andExpect(jsonPath("$.modules").isEmpty());
    }

    @Test
    void everyDraftingStepIsAudited() throws Exception {
        send(post("/api/v1/compacts/" + code + "/modules"), MODULE).andExpect(status().isCreated());
        send(post("/api/v1/compacts/" + code + "/opening"), "").andExpect(status().isOk());

        var compactEntries = audit.browse(Actor.system(), new AuditFilter("Compact", code, null, null, null, null, null),
                Paging.of(0, 10)).items();
        assertThat(compactEntries).extracting(e -> e.action()).containsExactly("compact.opened", "compact.drafted");
        var moduleEntries = audit.browse(Actor.system(), new AuditFilter("CompactModule", code + "/ETH-REC", null,
                null, null, null, null), Paging.of(0, 10)).items();
        assertThat(moduleEntries).extracting(e -> e.action()).containsExactly("compact.module-added");
    }

    @Test
    void theSecretariatSuspendsResumesAndTerminatesWithAReason() throws Exception {
        send(post("/api/v1/compacts/" + code + "/modules"), MODULE).andExpect(status().isCreated());
        send(post("/api/v1/compacts/" + code + "/opening"), "").andExpect(status().isOk());
        send(post("/api/v1/compacts/" + code + "/decisions"), "{\"decision\": \"SUSPEND\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("reason")));
        send(post("/api/v1/compacts/" + code + "/decisions"), "{\"decision\": \"SUSPEND\", \"reason\": \"Review\"}")
                .andExpect(jsonPath("$.status", is("SUSPENDED")));
        var focal = fixtures.user(Role.FOCAL_POINT);
        mvc.perform(put("/api/v1/compacts/{c}/adherence/{p}", code, focal.party().value())
                        .header("Authorization", focal.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"modules\": [\"ETH-REC\"]}"))
                .andExpect(status().isConflict());
        send(post("/api/v1/compacts/" + code + "/decisions"), "{\"decision\": \"RESUME\", \"reason\": \"Done\"}")
                .andExpect(jsonPath("$.status", is("OPEN_FOR_ADHERENCE")));
        send(post("/api/v1/compacts/" + code + "/decisions"), "{\"decision\": \"TERMINATE\", \"reason\": \"Replaced\"}")
                .andExpect(jsonPath("$.status", is("TERMINATED")));
        send(post("/api/v1/compacts/" + code + "/decisions"), "{\"decision\": \"RESUME\", \"reason\": \"Undo\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void everyVersionOfAModuleStaysReadable() throws Exception {
        send(post("/api/v1/compacts/" + code + "/modules"), MODULE).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/compacts/" + code + "/modules/ETH-REC/versions").header("Authorization", secretariat.bearer()))
                .andExpect(jsonPath("$[0].version", is(1)));
        mvc.perform(get("/api/v1/compacts/" + code + "/modules/ETH-REC/versions/1").header("Authorization", secretariat.bearer()))
                .andExpect(jsonPath("$.title", is("Ethical recruitment")));
        mvc.perform(get("/api/v1/compacts/" + code + "/modules/ETH-REC/versions/9").header("Authorization", secretariat.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/compacts/" + code + "/modules/NOPE/versions/1").header("Authorization", secretariat.bearer()))
                .andExpect(status().isNotFound());
    }
}
