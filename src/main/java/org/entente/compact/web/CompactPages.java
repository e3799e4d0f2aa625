package org.entente.compact.web;

import java.util.List;

import org.entente.compact.AdherenceDesk;
import org.entente.compact.AmendmentDesk;
import org.entente.compact.Compact;
import org.entente.compact.CompactCatalogue;
import java.util.function.Supplier;

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
class CompactPages {

    private final CompactCatalogue catalogue;
    private final AdherenceDesk desk;
    private final AmendmentDesk amendments;

    CompactPages(CompactCatalogue catalogue, AdherenceDesk desk, AmendmentDesk amendments) {
        this.catalogue = catalogue;
        this.desk = desk;
        this.amendments = amendments;
    }

    @GetMapping("/compacts")
    String list(Actor actor, Model model) {
        model.addAttribute("compacts", catalogue.visible(actor));
        return "compact/list";
    }

    @GetMapping("/compacts/{code}")
    String detail(Actor actor, @PathVariable String code, Model model) {
        var view = catalogue.get(actor, code);
        model.addAttribute("view", view);
        model.addAttribute("manages", manages(actor, view.compact()));
        model.addAttribute("matrix", desk.matrix(actor, code));
        model.addAttribute("amendments", amendments.of(actor, code));
        model.addAttribute("declaresFor", actor.partiesWith(Role.FOCAL_POINT));
        return "compact/detail";
    }

    @GetMapping("/compacts/{code}/modules/{module}")
    String module(Actor actor, @PathVariable String code, @PathVariable String module,
            @RequestParam(required = false) Integer version, Model model) {
        var view = catalogue.get(actor, code);
        var current = view.module(module).orElseThrow(() -> new org.entente.shared.NotFound("module", module));
        model.addAttribute("view", view);
        model.addAttribute("current", current);
        model.addAttribute("text", version == null ? current.text() : catalogue.text(actor, code, module, version));
        model.addAttribute("versions", catalogue.versions(actor, code, module));
        model.addAttribute("manages", manages(actor, view.compact()));
        return "compact/module";
    }

    @GetMapping("/compacts/new")
    String newCompact(Actor actor, Model model) {
        TermsForm form = new TermsForm();
        actor.primaryParty().ifPresent(p -> form.setSecretariat(p.value()));
        return terms(model, form, true);
    }

    @PostMapping("/compacts")
    String draft(Actor actor, @ModelAttribute("form") TermsForm form, BindingResult binding, Model model) {
        return attempt(model, binding, () -> terms(model, form, true),
                () -> "redirect:/compacts/" + catalogue.draft(actor, form.getCode(), form.terms()).code());
    }

    @GetMapping("/compacts/{code}/edit")
    String edit(Actor actor, @PathVariable String code, Model model) {
        return terms(model, TermsForm.of(catalogue.get(actor, code).compact()), false);
    }

    @PostMapping("/compacts/{code}/edit")
    String revise(Actor actor, @PathVariable String code, @ModelAttribute("form") TermsForm form,
            BindingResult binding, Model model) {
        form.setCode(code);
        return attempt(model, binding, () -> terms(model, form, false), () -> {
            catalogue.revise(actor, code, form.terms(), form.getVersion());
            return "redirect:/compacts/" + code;
        });
    }

    @GetMapping("/compacts/{code}/modules/new")
    String newModule(Actor actor, @PathVariable String code, Model model) {
        return moduleForm(actor, model, code, ModuleForm.blank(), true);
    }

    @PostMapping("/compacts/{code}/modules/new")
    String addModule(Actor actor, @PathVariable String code, @ModelAttribute("form") ModuleForm form,
            BindingResult binding, Model model) {
        return attempt(model, binding, () -> moduleForm(actor, model, code, form, true), () -> {
            catalogue.addModule(actor, code, form.getCode(), form.content());
            return "redirect:/compacts/" + code + "/modules/" + form.getCode();
        });
    }

    @GetMapping("/compacts/{code}/modules/{module}/edit")
    String editModule(Actor actor, @PathVariable String code, @PathVariable String module, Model model) {
        var current = catalogue.get(actor, code).module(module)
                .orElseThrow(() -> new org.entente.shared.NotFound("module", module));
        return moduleForm(actor, model, code, ModuleForm.of(module, current.text()), false);
    }

    @PostMapping("/compacts/{code}/modules/{module}/edit")
    String reviseModule(Actor actor, @PathVariable String code, @PathVariable String module,
            @ModelAttribute("form") ModuleForm form, BindingResult binding, Model model) {
        form.setCode(module);
        return attempt(model, binding, () -> moduleForm(actor, model, code, form, false), () -> {
            catalogue.reviseModule(actor, code, module, form.content());
            return "redirect:/compacts/" + code + "/modules/" + module;
        });
    }

    @PostMapping("/compacts/{code}/opening")
    String open(Actor actor, @PathVariable String code, RedirectAttributes redirect) {
        return org.entente.platform.PageCommand.run(redirect, "compact.opened", () -> catalogue.open(actor, code),
                "/compacts/" + code);
    }

    @PostMapping("/compacts/{code}/decisions")
    String decide(Actor actor, @PathVariable String code,
            @RequestParam(required = false) CompactCatalogue.Decision decision,
            @RequestParam(required = false) String reason, jakarta.servlet.http.HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        if (decision != null) {
            var ask = org.entente.platform.Confirmation.ask(request, model, "confirm.decision." + decision,
                    List.of(catalogue.get(actor, code).compact().title()), "/compacts/" + code);
            if (ask.isPresent()) {
                return ask.get();
            }
        }
        return org.entente.platform.PageCommand.run(redirect, "compact.decided", () -> {
            if (decision == null) {
                throw InvalidInput.coded("decision", "is required: SUSPEND, RESUME or TERMINATE", "invalid.choose");
            }
            catalogue.decide(actor, code, decision, reason);
        }, "/compacts/" + code);
    }

    /** Runs a command, and on a broken rule shows the form again with the problem next to it. */
    private static String attempt(Model model, BindingResult binding, Supplier<String> form,
            Supplier<String> command) {
        if (binding.hasErrors()) {
            return form.get();
        }
        try {
            return command.get();
        } catch (InvalidInput e) {
            model.addAttribute("formProblems", e.problems());
        } catch (Conflict e) {
            model.addAttribute("problem", e.asProblem());
        }
        return form.get();
    }

    private String terms(Model model, TermsForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        return "compact/terms-form";
    }

    private String moduleForm(Actor actor, Model model, String code, ModuleForm form, boolean creating) {
        return DesignerModel.fill(model, catalogue.get(actor, code), form, creating, false);
    }

    private static boolean manages(Actor actor, Compact compact) {
        return actor.hasRoleFor(compact.secretariat(), Role.SECRETARIAT)
                || actor.hasRoleFor(compact.secretariat(), Role.ADMIN);
    }
}
