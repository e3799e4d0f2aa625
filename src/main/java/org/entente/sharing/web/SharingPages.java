package org.entente.sharing.web;

import org.entente.sharing.DataKind;
import org.entente.sharing.Sharing;
import org.entente.sharing.SharingRule;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.Paging;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    /**
     * Every kind's parties from one form: {@code share-SITUATION_REPORT} lists the parties admitted to that kind,
     * {@code version-SITUATION_REPORT} the version read.
     */
    @PostMapping("/sharing/{party}")
    String setRules(Actor actor, @PathVariable String party, jakarta.servlet.http.HttpServletRequest form,
            RedirectAttributes redirect) {
        return org.entente.platform.PageCommand.run(redirect, "sharing.savedAll", () -> {
            Map<DataKind, Set<PartyCode>> admitted = new EnumMap<>(DataKind.class);
            Map<DataKind, Long> versions = new EnumMap<>(DataKind.class);
            for (DataKind kind : DataKind.values()) {
                Set<PartyCode> codes = new LinkedHashSet<>();
                String[] given = form.getParameterValues("share-" + kind);
                for (int i = 0; given != null && i < given.length; i++) {
                    codes.add(PartyCode.of(given[i]));
                }
                admitted.put(kind, codes);
                String version = form.getParameter("version-" + kind);
                if (version != null && version.matches("\\d{1,18}")) {
                    versions.put(kind, Long.valueOf(version));
                }
            }
            sharing.setRules(actor, PartyCode.of(party), admitted, versions);
        }, "/sharing/" + party);
    }
}
