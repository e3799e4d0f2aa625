package org.entente.liaison;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** The liaison unit directory through the API, on a real database. */
abstract class LiaisonUnitContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    Fixtures.TestUser focal;
    int id;

    String body(String party, String function) {
        Instant now = Instant.now();
        return """
                {"party": "%s", "name": "Flood liaison unit", "charter": "Single channel", "mandateReference": "Decree 1",
                 "mandateValidUntil": "2030-01-01", "meetingDay": "THURSDAY", "meetingTime": "08:30", "meetingMinutes": 45,
                 "members": [{"name": "Ana Pérez", "function": "%s", "email": "ana@example.org", "languages": "es pt"}],
                 "shifts": [{"member": "Ana Pérez", "startsAt": "%s", "endsAt": "%s"}]}"""
                .formatted(party, function, now.minusSeconds(600), now.plusSeconds(3600));
    }

    @BeforeEach
    void aUnit() throws Exception {
        focal = fixtures.user(Role.FOCAL_POINT);
        String created = mvc.perform(post("/api/v1/liaison-units").header("Authorization", focal.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(focal.party().value(), "Flood duty officer")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        id = JsonPath.read(created, "$.id");
    }

    @Test
    void anonymousVisitorsFindTheUnitButNotWhoIsInIt() throws Exception {
        mvc.perform(get("/api/v1/liaison-units/{id}", id))
                .andExpect(jsonPath("$.members[0].function", is("Flood duty officer")))
                .andExpect(jsonPath("$.members[0].name").doesNotExist())
                .andExpect(jsonPath("$.members[0].email").doesNotExist())
                .andExpect(jsonPath("$.onCallNow").doesNotExist())
                .andExpect(jsonPath("$.onCallUntil").exists());
        mvc.perform(get("/api/v1/liaison-units/{id}", id).header("Authorization", fixtures.user(Role.MONITOR).bearer()))
                .andExpect(jsonPath("$.members[0].email", is("ana@example.org")))
                .andExpect(jsonPath("$.onCallNow", is("Ana Pérez")))
                .andExpect(jsonPath("$.members[0].stale", is(true)));
    }

    @Test
    void theDirectoryFindsUnitsByPartyFunctionAndLanguage() throws Exception {
        mvc.perform(get("/api/v1/liaison-units").param("language", "pt"))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(get("/api/v1/liaison-units").param("function", "flood duty"))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(get("/api/v1/liaison-units").param("party", focal.party().value()).param("language", "ar"))
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
        mvc.perform(get("/api/v1/liaison-units").param("party", focal.party().value()))
                .andExpect(jsonPath("$[*].id", contains(id)));
    }

    @Test
    void onlyThePartysFocalPointKeepsItsUnit() throws Exception {
        mvc.perform(put("/api/v1/liaison-units/{id}", id).header("Authorization", fixtures.user(Role.FOCAL_POINT).bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(focal.party().value(), "Other")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/liaison-units/{id}/members/0/confirmation", id).header("Authorization", focal.bearer()))
                .andExpect(jsonPath("$.members[0].stale", is(false)));
        mvc.perform(put("/api/v1/liaison-units/{id}", id).header("Authorization", focal.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(focal.party().value(), "Head")
                                .replace("\"member\": \"Ana Pérez\"", "\"member\": \"Nobody\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("shifts[0].member")));
    }

    @Test
    void theStandingMeetingIsACalendarFeed() throws Exception {
        mvc.perform(get("/api/v1/liaison-units/{id}/meetings.ics", id))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("RRULE:FREQ=WEEKLY;BYDAY=TH")));
    }

    String minutes(String attendees, String owner, String heldAt) {
        return """
                {"heldAt": "%s", "title": "Weekly liaison meeting", "attendees": [%s], "minutes": "Reviewed the flood outlook.",
                 "decisions": [{"text": "Share river gauge readings daily", "owner": "%s", "due": "2020-01-10"},
                               {"text": "Test the on-call line", "owner": "%s"}]}"""
                .formatted(heldAt, attendees, owner, owner);
    }

    @Test
    void minutesAndDecisionsAreRecordedAgainstAMeetingAndReadAfterLogin() throws Exception {
        String party = focal.party().value();
        mvc.perform(post("/api/v1/liaison-units/{id}/meetings", id).header("Authorization", focal.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(minutes("\"" + party + "\"", party, "2020-01-06T08:30:00Z")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisions[0].overdue", is(true)))
                .andExpect(jsonPath("$.decisions[1].overdue", is(false)));
        mvc.perform(post("/api/v1/liaison-units/{id}/meetings", id).header("Authorization", focal.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(minutes("\"" + party + "\"", party, "2020-02-03T08:30:00Z")))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/liaison-units/{id}/meetings", id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/liaison-units/{id}/meetings", id).header("Authorization", fixtures.user(Role.MONITOR).bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].heldAt", contains("2020-02-03T08:30:00Z", "2020-01-06T08:30:00Z")))
                .andExpect(jsonPath("$[0].attendees", contains(party)))
                .andExpect(jsonPath("$[0].decisions[0].owner", is(party)))
                .andExpect(jsonPath("$[0].minutes", is("Reviewed the flood outlook.")));
    }

    @Test
    void aMeetingRecordIsRefusedWhenItNamesAnAbsentOwnerAnUnknownPartyOrTheFuture() throws Exception {
        String party = focal.party().value();
        String other = fixtures.party().code().value();
        mvc.perform(post("/api/v1/liaison-units/{id}/meetings", id).header("Authorization", focal.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(minutes("\"" + party + "\"", other, "2020-01-06T08:30:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("decisions[0].owner")));
        mvc.perform(post("/api/v1/liaison-units/{id}/meetings", id).header("Authorization", focal.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(minutes("\"" + party + "\", \"XQZ\"", party, "2020-01-06T08:30:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("attendees[1]")));
        mvc.perform(post("/api/v1/liaison-units/{id}/meetings", id).header("Authorization", focal.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(minutes("\"" + party + "\"", party, "2999-01-01T00:00:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("heldAt")));
        mvc.perform(post("/api/v1/liaison-units/{id}/meetings", id)
                        .header("Authorization", fixtures.user(focal.party(), Role.MONITOR).bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(minutes("\"" + party + "\"", party, "2020-01-06T08:30:00Z")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/liaison-units/{id}/meetings", id).header("Authorization", focal.bearer()))
                .andExpect(jsonPath("$", org.hamcrest.Matchers.empty()));
    }
}
