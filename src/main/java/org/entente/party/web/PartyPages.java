package org.entente.party.web;

import org.entente.party.Influence;
import org.entente.party.Party;
import org.entente.party.PartyDirectory;
import org.entente.party.PartyKind;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.Paging;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PartyPages {

    private final PartyDirectory directory;

    PartyPages(PartyDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/parties")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) PartyKind kind,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", PartyKind.values());
        model.addAttribute("parties", directory.search(new PartyDirectory.Search(q, kind, null), Paging.of(page, 50)));
        return "party/list";
    }

    @GetMapping("/parties/{code}")
    String detail(Actor actor, @PathVariable String code, Model model) {
        Party party = directory.get(PartyCode.of(code));
        model.addAttribute("party", party);
        model.addAttribute("today", directory.today());
        model.addAttribute("staleAfterDays", PartyDirectory.STALE_AFTER_DAYS);
        model.addAttribute("canEdit", mayEdit(actor, party.code()));
        return "party/detail";
    }

    @GetMapping("/parties/new")
    String newParty(Model model) {
        return form(model, PartyForm.blank(), true);
    }

    @PostMapping("/parties")
    String register(Actor actor, @ModelAttribute("form") PartyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, true);
        }
        try {
            Party party = directory.register(actor, PartyCode.of(form.getCode()), form.getKind(), form.details());
            redirect.addFlashAttribute("notice", "party.saved");
            return "redirect:/parties/" + party.code();
        } catch (InvalidInput e) {
            model.addAttribute("formProblems", e.problems());
            return form(model, form, true);
        } catch (org.entente.shared.Conflict e) {
            model.addAttribute("problem", e.asProblem());
            return form(model, form, true);
        }
    }

    @GetMapping("/parties/{code}/edit")
    String edit(Actor actor, @PathVariable String code, Model model) {
        Party party = directory.get(PartyCode.of(code));
        if (!mayEdit(actor, party.code())) {
            throw new org.entente.shared.AccessDenied("not your party");
        }
        return form(model, PartyForm.of(party), false);
    }

    @PostMapping("/parties/{code}/edit")
    String revise(Actor actor, @PathVariable String code, @ModelAttribute("form") PartyForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        form.setCode(code);
        if (binding.hasErrors()) {
            return form(model, form, false);
        }
        try {
            directory.revise(actor, PartyCode.of(code), form.details(), form.getVersion());
            redirect.addFlashAttribute("notice", "party.saved");
            return "redirect:/parties/" + code;
        } catch (InvalidInput e) {
            model.addAttribute("formProblems", e.problems());
            return form(model, form, false);
        } catch (org.entente.shared.Conflict e) {
            model.addAttribute("problem", e.asProblem());
            return form(model, form, false);
        }
    }

    @PostMapping("/parties/{code}/focal-points/{index}/confirm")
    String confirm(Actor actor, @PathVariable String code, @PathVariable int index, RedirectAttributes redirect) {
        directory.confirmFocalPoint(actor, PartyCode.of(code), index);
        redirect.addFlashAttribute("notice", "party.confirmed");
        return "redirect:/parties/" + code;
    }

    private String form(Model model, PartyForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("kinds", PartyKind.values());
        model.addAttribute("influences", Influence.values());
        return "party/form";
    }

    private static boolean mayEdit(Actor actor, PartyCode code) {
        return actor.isAuthenticated()
                && (actor.hasAnyRole(Role.SECRETARIAT) || actor.hasRoleFor(code, Role.FOCAL_POINT));
    }
}
