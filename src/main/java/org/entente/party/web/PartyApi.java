package org.entente.party.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.entente.party.FocalPoint;
import org.entente.party.Influence;
import org.entente.party.Party;
import org.entente.party.PartyDetails;
import org.entente.party.PartyDirectory;
import org.entente.party.PartyKind;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.PageOf;
import org.entente.shared.Paging;
import org.entente.shared.PartyCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/parties")
@Tag(name = "Parties", description = "The party directory and stakeholder map (CORE-1)")
class PartyApi {

    private final PartyDirectory directory;

    PartyApi(PartyDirectory directory) {
        this.directory = directory;
    }

    /** A party as the API shows it; contacts and the stakeholder assessment only to logged-in callers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartyView(String code, PartyKind kind, String name, String shortName, String region,
            List<String> workingLanguages, String interests, Influence influence, List<FocalPointView> focalPoints,
            Long version) {

        static PartyView of(Party p, Actor viewer, LocalDate today) {
            if (!viewer.isAuthenticated()) {
                return new PartyView(p.code().value(), p.kind(), p.name(), p.shortName(), p.region(),
                        p.workingLanguages(), null, null, null, null);
            }
            return new PartyView(p.code().value(), p.kind(), p.name(), p.shortName(), p.region(),
                    p.workingLanguages(), p.interests(), p.influence(),
                    p.focalPoints().stream().map(f -> FocalPointView.of(f, today)).toList(), p.version());
        }
    }

    record FocalPointView(String name, String function, String email, String phone, List<String> languages,
            LocalDate lastConfirmed, boolean stale) {
        static FocalPointView of(FocalPoint f, LocalDate today) {
            return new FocalPointView(f.name(), f.function(), f.email(), f.phone(), f.languageList(),
                    f.lastConfirmed(), f.isStale(today, PartyDirectory.STALE_AFTER_DAYS));
        }
    }

    record FocalPointRequest(String name, String function, String email, String phone, List<String> languages,
            LocalDate lastConfirmed) {
    }

    record PartyRequest(String code, PartyKind kind, String name, String shortName, String region,
            List<String> workingLanguages, String interests, Influence influence, List<FocalPointRequest> focalPoints,
            Long version) {

        PartyDetails details() {
            List<FocalPoint> contacts = new ArrayList<>();
            List<FocalPointRequest> requested = focalPoints == null ? List.of() : focalPoints;
            for (int i = 0; i < requested.size(); i++) {
                FocalPointRequest f = requested.get(i);
                if (f == null) {
                    throw new InvalidInput("focalPoints[" + i + "]", "must not be null");
                }
                try {
                    contacts.add(new FocalPoint(f.name(), f.function(), f.email(), f.phone(),
                            FocalPoint.languagesOf(f.languages()), f.lastConfirmed()));
                } catch (InvalidInput e) {
                    throw e.under("focalPoints[" + i + "]");
                }
            }
            return new PartyDetails(name, shortName, region, workingLanguages, interests, influence, contacts);
        }
    }

    @GetMapping
    @Operation(summary = "List parties (public); search by text, kind and region; contacts only when logged in")
    PageOf<PartyView> list(Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) PartyKind kind, @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        LocalDate today = directory.today();
        return directory.search(new PartyDirectory.Search(q, kind, region), Paging.of(page, size))
                .map(p -> PartyView.of(p, actor, today));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One party (public); contacts only when logged in")
    PartyView get(Actor actor, @PathVariable String code) {
        return PartyView.of(directory.get(PartyCode.of(code)), actor, directory.today());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a party (SECRETARIAT, ADMIN)")
    PartyView register(Actor actor, @RequestBody PartyRequest request) {
        Party party = directory.register(actor, PartyCode.of(request.code()), request.kind(), request.details());
        return PartyView.of(party, actor, directory.today());
    }

    @PutMapping("/{code}")
    @Operation(summary = "Revise a party (SECRETARIAT, ADMIN, or the party's own FOCAL_POINT); send the version you read")
    PartyView revise(Actor actor, @PathVariable String code, @RequestBody PartyRequest request) {
        if (request.code() != null && !PartyCode.of(request.code()).equals(PartyCode.of(code))) {
            throw new InvalidInput("code", "a party's code cannot change");
        }
        Party party = directory.revise(actor, PartyCode.of(code), request.details(), request.version());
        return PartyView.of(party, actor, directory.today());
    }

    @PostMapping("/{code}/focal-points/{index}/confirmation")
    @Operation(summary = "Confirm that a focal point's contact details are current (SECRETARIAT, ADMIN, own FOCAL_POINT)")
    PartyView confirm(Actor actor, @PathVariable String code, @PathVariable int index) {
        return PartyView.of(directory.confirmFocalPoint(actor, PartyCode.of(code), index), actor, directory.today());
    }
}
