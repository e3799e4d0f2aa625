package org.entente.sharing.web;

import org.entente.sharing.DataKind;
import org.entente.sharing.Disclosure;
import org.entente.sharing.Sharing;
import org.entente.sharing.SharingRule;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.PageOf;
import org.entente.shared.Paging;
import org.entente.shared.PartyCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/sharing")
@Tag(name = "Sharing", description = "Red lines per data kind, and the log of disclosures (CORE-3)")
class SharingApi {

    private final Sharing sharing;

    SharingApi(Sharing sharing) {
        this.sharing = sharing;
    }

    record RuleView(String owner, DataKind dataKind, List<String> parties, Long version, Instant updatedAt) {
        static RuleView of(SharingRule r) {
            return new RuleView(r.owner().value(), r.dataKind(), r.parties().stream().map(PartyCode::value).toList(),
                    r.version(), r.updatedAt());
        }
    }

    record RuleRequest(List<String> parties, Long version) {
    }

    @GetMapping("/rules/{party}")
    @Operation(summary = "A party's sharing rules (members of that party)")
    List<RuleView> rules(Actor actor, @PathVariable String party) {
        return sharing.rulesOf(actor, PartyCode.of(party)).stream().map(RuleView::of).toList();
    }

    @PutMapping("/rules/{party}/{dataKind}")
    @Operation(summary = "Set which parties may read the party's RESTRICTED data of one kind (the party's FOCAL_POINT)")
    RuleView setRule(Actor actor, @PathVariable String party, @PathVariable DataKind dataKind,
            @RequestBody RuleRequest request) {
        if (request.parties() == null) {
            throw new InvalidInput("parties", "is required (an empty list shares with nobody)");
        }
        Set<PartyCode> admitted = new LinkedHashSet<>();
        for (int i = 0; i < request.parties().size(); i++) {
            try {
                admitted.add(PartyCode.of(request.parties().get(i)));
            } catch (InvalidInput e) {
                throw new InvalidInput("parties[" + i + "]", e.problems().get(0).message());
            }
        }
        return RuleView.of(sharing.setRule(actor, PartyCode.of(party), dataKind, admitted, request.version()));
    }

    @GetMapping("/disclosures/{party}")
    @Operation(summary = "Who read the party's RESTRICTED and CONFIDENTIAL data (its FOCAL_POINT, ADMIN or AUDITOR)")
    PageOf<Disclosure> disclosures(Actor actor, @PathVariable String party,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return sharing.disclosuresOf(actor, PartyCode.of(party), Paging.of(page, size));
    }
}
