package org.entente.compact.web;

import org.entente.compact.Amendment;
import org.entente.compact.AmendmentDesk;
import org.entente.compact.CompactCatalogue;
import org.entente.platform.PageCommand;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
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
class AmendmentPages {

    private final AmendmentDesk desk;
    private final CompactCatalogue catalogue;

    AmendmentPages(AmendmentDesk desk, CompactCatalogue catalogue) {
        this.desk = desk;
        this.catalogue = catalogue;
    }

    @GetMapping("/compacts/{code}/modules/{module}/amend")
    String form(Actor actor, @PathVariable String code, @PathVariable String module, Model model) {
        var current = catalogue.get(actor, code).module(module)
                .orElseThrow(() -> new org.entente.shared.NotFound("module", module));
        ModuleForm form = ModuleForm.of(module, current.text());
        form.setCommentsUntil(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30));
        return show(actor, model, code, form);
    }

    @PostMapping("/compacts/{code}/modules/{module}/amend")
    String propose(Actor actor, @PathVariable String code, @PathVariable String module,
            @ModelAttribute("form") ModuleForm form, BindingResult binding, Model model) {
        form.setCode(module);
        if (binding.hasErrors()) {
            return show(actor, model, code, form);
        }
        try {
            Amendment amendment = desk.propose(actor, code, module, new AmendmentDesk.Proposal(form.getAmendmentTitle(),
                    form.getRationale(), form.getCommentsUntil(), form.content()));
            return "redirect:/compacts/" + code + "/amendments/" + amendment.id();
        } catch (InvalidInput e) {
            model.addAttribute("formProblems", e.problems());
        } catch (Conflict e) {
            model.addAttribute("problem", e.asProblem());
        }
        return show(actor, model, code, form);
    }

    @GetMapping("/compacts/{code}/amendments/{id}")
    String detail(Actor actor, @PathVariable String code, @PathVariable long id, Model model) {
        var view = desk.view(actor, code, id);
        model.addAttribute("view", view);
        model.addAttribute("diff", view.diff());
        model.addAttribute("isSecretariat", actor.hasRoleFor(view.compact().secretariat(), Role.SECRETARIAT)
                || actor.hasRoleFor(view.compact().secretariat(), Role.ADMIN));
        return "compact/amendment";
    }

    @PostMapping("/compacts/{code}/amendments/{id}/comments")
    String comment(Actor actor, @PathVariable String code, @PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String language, RedirectAttributes redirect) {
        return act(redirect, code, id, "amendment.commented", () -> desk.comment(actor, code, id, text, language));
    }

    @PostMapping("/compacts/{code}/amendments/{id}/adopt")
    String adopt(Actor actor, @PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, code, id, "amendment.adopted", () -> desk.adopt(actor, code, id));
    }

    @PostMapping("/compacts/{code}/amendments/{id}/reject")
    String reject(Actor actor, @PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(redirect, code, id, "amendment.rejected", () -> desk.reject(actor, code, id, note));
    }

    @GetMapping("/compacts/{code}/modules/{module}/diff")
    String diff(Actor actor, @PathVariable String code, @PathVariable String module, @RequestParam int from,
            @RequestParam int to, Model model) {
        model.addAttribute("compact", catalogue.get(actor, code).compact());
        model.addAttribute("module", module);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("diff", desk.diff(actor, code, module, from, to));
        return "compact/diff";
    }

    private String act(RedirectAttributes redirect, String code, long id, String notice, Runnable command) {
        return PageCommand.run(redirect, notice, command, "/compacts/" + code + "/amendments/" + id);
    }

    private String show(Actor actor, Model model, String code, ModuleForm form) {
        return DesignerModel.fill(model, catalogue.get(actor, code), form, false, true);
    }
}
