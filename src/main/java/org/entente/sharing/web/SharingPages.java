package org.entente.sharing.web;

import org.entente.sharing.DataKind;
import org.entente.sharing.Sharing;
import org.entente.sharing.SharingRule;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.Paging;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SharingPages {

    private final Sharing sharing;
    private final PartyDirectory parties;

    SharingPages(Sharing sharing, PartyDirectory parties) {
        this.sharing = sharing;
        this.parties = parties;
    }

    @GetMapping("/sharing")
    String choose(Actor actor) {
        PartyCode first = actor.memberships().stream().filter(m -> m.roles().contains(Role.FOCAL_POINT))
                .map(Actor.Membership::party).findFirst()
                .orElseThrow(() -> new org.entente.shared.AccessDenied("sharing rules are set by a party's focal point"));
        return "redirect:/sharing/" + first;
    }

    @GetMapping("/sharing/{party}")
    String rules(Actor actor, @PathVariable String party, Model model) {
        PartyCode owner = PartyCode.of(party);
        Map<DataKind, SharingRule> byKind = new EnumMap<>(DataKind.class);
        sharing.rulesOf(actor, owner).forEach(r -> byKind.put(r.dataKind(), r));
        model.addAttribute("owner", parties.get(owner));
        model.addAttribute("rows", Arrays.stream(DataKind.values()).map(kind -> byKind.containsKey(kind)
                ? new RuleRow(kind, byKind.get(kind).parties(), byKind.get(kind).version())
                : new RuleRow(kind, Set.of(), null)).toList());
        model.addAttribute("others", parties.all().stream().filter(p -> !p.code().equals(owner)).toList());
        model.addAttribute("canEdit", actor.hasRoleFor(owner, Role.FOCAL_POINT));
        model.addAttribute("disclosures", actor.hasRoleFor(owner, Role.FOCAL_POINT)
                ? sharing.disclosuresOf(actor, owner, Paging.of(0, 20)) : null);
        return "sharing/rules";
    }

    /** One data kind on the page: who it is shared with, and the version to send back. */
    record RuleRow(DataKind kind, Set<PartyCode> parties, Long version) {
    }

    @PostMapping("/sharing/{party}/{kind}")
    String setRule(Actor actor, @PathVariable String party, @PathVariable DataKind kind,
            @RequestParam(name = "parties", required = false) List<String> admitted,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        Set<PartyCode> codes = new LinkedHashSet<>();
        (admitted == null ? List.<String>of() : admitted).forEach(code -> codes.add(PartyCode.of(code)));
        try {
            sharing.setRule(actor, PartyCode.of(party), kind, codes, version);
            redirect.addFlashAttribute("notice", "sharing.saved");
        } catch (InvalidInput | org.entente.shared.Conflict e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/sharing/" + party;
    }

}
