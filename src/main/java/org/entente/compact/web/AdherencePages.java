package org.entente.compact.web;

import org.entente.compact.AdaptationEffect;
import org.entente.compact.Adherence;
import org.entente.compact.AdherenceDesk;
import org.entente.compact.CommittedModule;
import org.entente.compact.Compact;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.Declaration;
import java.util.LinkedHashSet;
import java.util.List;

import org.entente.platform.PageCommand;
import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
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
class AdherencePages {

    private final AdherenceDesk desk;
    private final CompactCatalogue catalogue;
    private final PartyDirectory parties;

    AdherencePages(AdherenceDesk desk, CompactCatalogue catalogue, PartyDirectory parties) {
        this.desk = desk;
        this.catalogue = catalogue;
        this.parties = parties;
    }

    @GetMapping("/compacts/{code}/adherence/{party}")
    String detail(Actor actor, @PathVariable String code, @PathVariable String party, Model model) {
        var view = catalogue.get(actor, code);
        PartyCode partyCode = PartyCode.of(party);
        Adherence adherence = desk.of(code, partyCode).orElseThrow(() -> new NotFound("adherence", code + "/" + party));
        boolean secretariat = manages(actor, view.compact());
        model.addAttribute("view", view);
        model.addAttribute("party", parties.get(partyCode));
        model.addAttribute("adherence", adherence);
        model.addAttribute("isFocalPoint", actor.hasRoleFor(partyCode, Role.FOCAL_POINT));
        model.addAttribute("isSecretariat", secretariat);
        model.addAttribute("seesReasons", secretariat || actor.isMemberOf(partyCode));
        return "compact/adherence";
    }

    @GetMapping("/compacts/{code}/adherence/{party}/declare")
    String choose(Actor actor, @PathVariable String code, @PathVariable String party, Model model) {
        PartyCode partyCode = PartyCode.of(party);
        actor.requireRoleFor(partyCode, Role.FOCAL_POINT);
        return step(model, actor, code, partyCode, DeclarationForm.of(desk.of(code, partyCode).orElse(null)), 1);
    }

    @PostMapping("/compacts/{code}/adherence/{party}/declare")
    String declare(Actor actor, @PathVariable String code, @PathVariable String party,
            @RequestParam(defaultValue = "1") int step, @RequestParam(required = false) String back,
            @ModelAttribute("form") DeclarationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        PartyCode partyCode = PartyCode.of(party);
        actor.requireRoleFor(partyCode, Role.FOCAL_POINT);
        step = Math.max(1, Math.min(LAST_STEP, step));
        if (back != null && step > 1) {
            return step(model, actor, code, partyCode, form, step - 1);
        }
        if (binding.hasErrors()) {
            return step(model, actor, code, partyCode, form, step);
        }
        try {
            if (step == 1) {
                desk.preview(code, new Declaration(new LinkedHashSet<>(form.getModules()), List.of(), List.of(), List.of()));
                form.offerRowsFor(catalogue.get(actor, code), desk.of(code, partyCode).orElse(null));
                return step(model, actor, code, partyCode, form, 2);
            }
            if (step < LAST_STEP) {
                // The rules run on what is declared so far; a problem on a later step waits for that step.
                try {
                    desk.preview(code, form.declaration());
                } catch (InvalidInput e) {
                    if (stepOf(e) <= step) {
                        throw e;
                    }
                }
                return step(model, actor, code, partyCode, form, step + 1);
            }
            desk.declare(actor, code, partyCode, form.declaration());
            redirect.addFlashAttribute("notice", "adherence.declared");
            return "redirect:/compacts/" + code + "/adherence/" + party;
        } catch (InvalidInput e) {
            model.addAttribute("formProblems", e.problems());
            // A refusal of the whole declaration returns to the step whose fields it names.
            return step(model, actor, code, partyCode, form, Math.min(step, stepOf(e)));
        } catch (Conflict e) {
            model.addAttribute("problem", e.asProblem());
        }
        return step(model, actor, code, partyCode, form, step);
    }

    /** The wizard's steps: modules, adaptations, baselines and targets, own dates, then a check before declaring. */
    static final int LAST_STEP = 5;

    private static int stepOf(InvalidInput refusal) {
        String field = refusal.problems().get(0).field();
        return field.startsWith("adaptations") ? 2 : field.startsWith("targets") ? 3 : field.startsWith("dates") ? 4
                : field.startsWith("modules") ? 1 : LAST_STEP;
    }

    @PostMapping("/compacts/{code}/adherence/{party}/accept")
    String accept(Actor actor, @PathVariable String code, @PathVariable String party, RedirectAttributes redirect) {
        return act(redirect, code, party, "adherence.accepted", () -> desk.accept(actor, code, PartyCode.of(party)));
    }

    @PostMapping("/compacts/{code}/adherence/{party}/return")
    String giveBack(Actor actor, @PathVariable String code, @PathVariable String party,
            @RequestParam(required = false) String reasons, RedirectAttributes redirect) {
        return act(redirect, code, party, "adherence.returned",
                () -> desk.giveBack(actor, code, PartyCode.of(party), reasons));
    }

    @PostMapping("/compacts/{code}/adherence/{party}/withdraw")
    String withdraw(Actor actor, @PathVariable String code, @PathVariable String party,
            jakarta.servlet.http.HttpServletRequest request, Model model, RedirectAttributes redirect) {
        var ask = org.entente.platform.Confirmation.ask(request, model, "confirm.withdraw",
                List.of(catalogue.get(actor, code).compact().title()), "/compacts/" + code + "/adherence/" + party);
        if (ask.isPresent()) {
            return ask.get();
        }
        return act(redirect, code, party, "adherence.withdrawn", () -> desk.withdraw(actor, code, PartyCode.of(party)));
    }

    @PostMapping("/compacts/{code}/adherence/{party}/modules/{module}/reconfirm")
    String reconfirm(Actor actor, @PathVariable String code, @PathVariable String party, @PathVariable String module,
            RedirectAttributes redirect) {
        return act(redirect, code, party, "adherence.reconfirmed",
                () -> desk.reconfirm(actor, code, PartyCode.of(party), module));
    }

    @GetMapping("/compacts/{code}/adherence/{party}/text")
    String consolidated(Actor actor, @PathVariable String code, @PathVariable String party, Model model) {
        var view = catalogue.get(actor, code);
        PartyCode partyCode = PartyCode.of(party);
        Adherence adherence = desk.of(code, partyCode).orElseThrow(() -> new NotFound("adherence", code + "/" + party));
        model.addAttribute("compact", view.compact());
        model.addAttribute("party", parties.get(partyCode));
        model.addAttribute("adherence", adherence);
        model.addAttribute("texts", desk.committedTexts(view.compact(), adherence));
        model.addAttribute("codes", adherence.modules().stream().map(CommittedModule::moduleCode).toList());
        return "compact/consolidated";
    }

    @GetMapping("/commitments/{party}")
    String commitments(Actor actor, @PathVariable String party, Model model) {
        PartyCode partyCode = PartyCode.of(party);
        model.addAttribute("party", parties.get(partyCode));
        model.addAttribute("commitments", desk.commitmentsOf(actor, partyCode));
        model.addAttribute("deadlines", desk.deadlinesOf(actor, partyCode));
        model.addAttribute("today", parties.today());
        return "compact/commitments";
    }

    private String act(RedirectAttributes redirect, String code, String party, String notice, Runnable command) {
        return PageCommand.run(redirect, notice, command, "/compacts/" + code + "/adherence/" + party);
    }

    private String step(Model model, Actor actor, String code, PartyCode party, DeclarationForm form, int step) {
        var view = catalogue.get(actor, code);
        model.addAttribute("view", view);
        java.util.Map<String, String> indicatorNames = new java.util.HashMap<>();
        view.modules().forEach(m -> m.text().indicators().forEach(i -> indicatorNames.put(m.module().code() + "/"
                + i.code(), i.name())));
        model.addAttribute("indicatorNames", indicatorNames);
        model.addAttribute("party", parties.get(party));
        model.addAttribute("form", form);
        model.addAttribute("step", step);
        model.addAttribute("effects", AdaptationEffect.values());
        return "compact/declare";
    }

    private static boolean manages(Actor actor, Compact compact) {
        return actor.hasRoleFor(compact.secretariat(), Role.SECRETARIAT)
                || actor.hasRoleFor(compact.secretariat(), Role.ADMIN);
    }
}
