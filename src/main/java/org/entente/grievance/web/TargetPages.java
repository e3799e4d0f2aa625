package org.entente.grievance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.compact.Compact;
import org.entente.compact.CompactCatalogue;
import org.entente.grievance.ResponseTargets;
import org.entente.grievance.Stage;
import org.entente.platform.FormFields;
import org.entente.platform.PageCommand;
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

/**
 * Response-time targets per compact, public, in days per stage; a compact's secretariat sets its own. A case triaged
 * under a compact is held to that compact's targets.
 */
@Controller
class TargetPages {

    /** A compact's targets as the page shows them, in days per open stage. */
    record Row(Compact compact, Map<Stage, Long> days, boolean manages) {
    }

    private final CompactCatalogue compacts;
    private final ResponseTargets targets;

    TargetPages(CompactCatalogue compacts, ResponseTargets targets) {
        this.compacts = compacts;
        this.targets = targets;
    }

    @GetMapping("/grievances/targets")
    String targets(Actor actor, Model model) {
        List<Row> rows = new ArrayList<>();
        for (Compact compact : compacts.visible(actor)) {
            Map<Stage, Long> days = new LinkedHashMap<>();
            targets.of(compact.code()).forEach((stage, d) -> days.put(stage, d.toDays()));
            rows.add(new Row(compact, days, actor.hasRoleFor(compact.secretariat(), Role.SECRETARIAT)));
        }
        Map<Stage, Long> defaults = new LinkedHashMap<>();
        targets.of((String) null).forEach((stage, d) -> defaults.put(stage, d.toDays()));
        model.addAttribute("rows", rows);
        model.addAttribute("defaults", defaults);
        model.addAttribute("stages", java.util.Arrays.stream(Stage.values()).filter(Stage::isOpen).toList());
        return "grievance/targets";
    }

    @PostMapping("/grievances/targets/{code}")
    String set(Actor actor, @PathVariable String code, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "grievance.targetsSet", () -> {
            List<InvalidInput> found = new ArrayList<>();
            Map<Stage, Integer> days = new LinkedHashMap<>();
            for (Stage stage : Stage.values()) {
                if (stage.isOpen() && form.get(stage.name()) != null && !form.get(stage.name()).isBlank()) {
                    days.put(stage, FormFields.integer(form.get(stage.name()), stage.name(), found));
                }
            }
            InvalidInput.throwIfAny(found);
            requireSecretariat(actor, code);
            targets.set(actor, code, days);
        }, "/grievances/targets#" + code);
    }

    private void requireSecretariat(Actor actor, String code) {
        Compact compact = compacts.readable(actor, code);
        actor.requireRoleFor(compact.secretariat(), Role.SECRETARIAT);
    }
}
