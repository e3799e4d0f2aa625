package org.entente.monitoring.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.monitoring.ReviewItems;
import org.entente.monitoring.ReviewTriggers;
import org.entente.monitoring.TriggerRule;
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
 * The public page of a compact's revision triggers and the review items they opened, where the secretariat also
 * defines rules, switches them off and on, and closes items.
 */
@Controller
class ReviewPages {

    private final ReviewTriggers triggers;
    private final ReviewItems items;
    private final CompactNames names;

    ReviewPages(ReviewTriggers triggers, ReviewItems items, CompactNames names) {
        this.triggers = triggers;
        this.items = items;
        this.names = names;
    }

    @GetMapping("/compacts/{code}/review-items")
    String reviewItems(Actor actor, @PathVariable String code, Model model) {
        var n = names.of(actor, code);
        Map<String, String> moduleTitles = n.modules();
        Map<String, String> indicatorNames = n.indicators();
        List<Map.Entry<String, String>> indicatorChoices = new ArrayList<>();
        n.all().forEach(i -> {
            String module = n.moduleOf().get(i.code());
            indicatorChoices.add(Map.entry(module + "/" + i.code(), moduleTitles.get(module) + " — " + i.name()));
        });
        Map<Long, ReviewTriggers.Stored> rules = new HashMap<>();
        List<ReviewTriggers.Stored> all = triggers.of(code);
        all.forEach(r -> rules.put(r.id(), r));
        List<ReviewItems.Item> list = items.of(code);
        model.addAttribute("code", code);
        model.addAttribute("compactTitle", n.title());
        model.addAttribute("moduleTitles", moduleTitles);
        model.addAttribute("indicatorNames", indicatorNames);
        model.addAttribute("indicatorChoices", indicatorChoices);
        model.addAttribute("rules", all);
        model.addAttribute("ruleOf", rules);
        model.addAttribute("openItems", list.stream().filter(i -> i.status() == ReviewItems.Status.OPEN).toList());
        model.addAttribute("closedItems", list.stream().filter(i -> i.status() == ReviewItems.Status.CLOSED).toList());
        model.addAttribute("manages", actor.hasAnyRole(Role.SECRETARIAT));
        model.addAttribute("operators", TriggerRule.Operator.values());
        model.addAttribute("lefts", TriggerRule.LeftSide.values());
        model.addAttribute("rights", TriggerRule.RightSide.values());
        model.addAttribute("importances", TriggerRule.Importance.values());
        model.addAttribute("opensChoices", TriggerRule.Opens.values());
        return "monitoring/review-items";
    }

    /** A threshold rule from the secretariat's form: the indicator chosen as "module/indicator". */
    @PostMapping("/compacts/{code}/trigger-rules")
    String define(Actor actor, @PathVariable String code, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "trigger.defined", () -> {
            List<InvalidInput> found = new ArrayList<>();
            String chosen = form.getOrDefault("indicator", "");
            String module = chosen.contains("/") ? chosen.substring(0, chosen.indexOf('/')) : null;
            String indicator = chosen.contains("/") ? chosen.substring(chosen.indexOf('/') + 1) : null;
            TriggerRule.LeftSide left = FormFields.choice(TriggerRule.LeftSide.class, form.get("left"), "left", found);
            Integer periods = FormFields.integer(form.get("periods"), "periods", found);
            TriggerRule.Operator operator = FormFields.choice(TriggerRule.Operator.class, form.get("operator"),
                    "operator", found);
            TriggerRule.RightSide right = FormFields.choice(TriggerRule.RightSide.class, form.get("right"), "right",
                    found);
            Double number = FormFields.decimal(form.get("number"), "number", found);
            TriggerRule.Importance importance = FormFields.choice(TriggerRule.Importance.class,
                    form.get("importance"), "importance", found);
            TriggerRule.Opens opens = FormFields.choice(TriggerRule.Opens.class, form.get("opens"), "opens", found);
            TriggerRule rule = null;
            try {
                rule = new TriggerRule(form.get("code"), form.get("name"), TriggerRule.Kind.THRESHOLD, module,
                        indicator, left, periods, operator, right, number, importance, opens);
            } catch (InvalidInput e) {
                found.add(e);
            }
            InvalidInput.throwIfAny(found);
            triggers.define(actor, code, rule);
        }, "/compacts/" + code + "/review-items#rules");
    }

    @PostMapping("/monitoring/trigger-rules/{id}/activation")
    String activate(Actor actor, @PathVariable long id, @RequestParam(required = false) String active,
            RedirectAttributes redirect) {
        ReviewTriggers.Stored rule = triggers.get(id);
        boolean on = "true".equals(active);
        return PageCommand.run(redirect, on ? "trigger.activated" : "trigger.deactivated",
                () -> triggers.setActive(actor, id, on), "/compacts/" + rule.compact() + "/review-items#rules");
    }

    @PostMapping("/monitoring/review-items/{id}/closing")
    String close(Actor actor, @PathVariable long id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        ReviewItems.Item item = items.get(id);
        return PageCommand.run(redirect, "review.item.closed", () -> items.close(actor, id, note),
                "/compacts/" + item.compact() + "/review-items");
    }
}
