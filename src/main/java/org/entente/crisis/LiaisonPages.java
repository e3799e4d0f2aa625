package org.entente.crisis;

import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class LiaisonPages {

    private final LiaisonDirectory directory;

    LiaisonPages(LiaisonDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/liaison-units")
    String list(@RequestParam(required = false) String party, @RequestParam(required = false) String function,
            @RequestParam(required = false) String language, Model model) {
        model.addAttribute("search", new LiaisonDirectory.Search(party, function, language));
        model.addAttribute("units", directory.search(new LiaisonDirectory.Search(party, function, language)));
        model.addAttribute("today", directory.today());
        model.addAttribute("now", directory.now());
        return "crisis/units";
    }

    @GetMapping("/liaison-units/{id}")
    String detail(Actor actor, @PathVariable long id, Model model) {
        LiaisonUnit unit = directory.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("today", directory.today());
        model.addAttribute("now", directory.now());
        model.addAttribute("staleAfterDays", PartyDirectory.STALE_AFTER_DAYS);
        model.addAttribute("keeps", actor.hasRoleFor(unit.party(), Role.FOCAL_POINT)
                || actor.hasAnyRole(Role.SECRETARIAT, Role.ADMIN));
        return "crisis/unit";
    }

    @PostMapping("/liaison-units/{id}/members/{index}/confirm")
    String confirm(Actor actor, @PathVariable long id, @PathVariable int index, RedirectAttributes redirect) {
        try {
            directory.confirmMember(actor, id, index);
            redirect.addFlashAttribute("notice", "party.confirmed");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/liaison-units/" + id;
    }
}
