package org.entente.recruitment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.party.PartyDirectory;
import org.entente.party.PartyKind;
import org.entente.recruitment.RecruiterRegistry;
import org.entente.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public lookup a worker uses before paying anyone: a name or licence number and, if they want, their corridor;
 * plain GET forms, no JavaScript, in the worker's language.
 */
@Controller
class RecruiterPages {

    private final RecruiterRegistry registry;
    private final PartyDirectory parties;
    private final org.entente.recruitment.Inspections inspections;

    RecruiterPages(RecruiterRegistry registry, PartyDirectory parties,
            org.entente.recruitment.Inspections inspections) {
        this.registry = registry;
        this.parties = parties;
        this.inspections = inspections;
    }

    /** The public dashboard of inspections, violations and sanctions, by party, sector and journey. */
    @GetMapping("/inspections")
    String dashboard(Model model) {
        model.addAttribute("figures", inspections.statistics());
        return "recruitment/inspections";
    }

    @GetMapping("/recruiters")
    String lookup(@RequestParam(required = false) String q, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        String corridor = from != null && !from.isBlank() && to != null && !to.isBlank() ? from + "-" + to : null;
        model.addAttribute("q", q);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("corridor", corridor);
        model.addAttribute("states", states());
        boolean asked = (q != null && !q.isBlank()) || corridor != null;
        model.addAttribute("asked", asked);
        try {
            model.addAttribute("results", asked ? registry.search(q, corridor) : List.of());
        } catch (InvalidInput e) {
            model.addAttribute("formProblems", new java.util.ArrayList<>(e.problems()));
            model.addAttribute("results", List.of());
        }
        return "recruitment/lookup";
    }

    @GetMapping("/recruiters/{id}")
    String profile(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        model.addAttribute("profile", registry.profile(id));
        model.addAttribute("inspections", inspections.doneFor(id));
        model.addAttribute("corridor", from != null && to != null ? from + "-" + to : null);
        return "recruitment/recruiter";
    }

    private Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        parties.all().stream().filter(p -> p.kind() == PartyKind.STATE)
                .forEach(p -> states.put(p.code().value(), p.shortName()));
        return states;
    }
}
