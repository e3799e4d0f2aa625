package org.entente.mobility.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.mobility.Benefit;
import org.entente.mobility.Mobility;
import org.entente.mobility.Totalisation;
import org.entente.party.PartyDirectory;
import org.entente.party.PartyKind;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The worker's questions, as plain GET forms without JavaScript: is my qualification recognised there for this job,
 * and which of my contribution periods count where.
 */
@Controller
class MobilityPages {

    private final Mobility mobility;
    private final PartyDirectory parties;
    private final org.springframework.context.MessageSource messages;

    MobilityPages(Mobility mobility, PartyDirectory parties, org.springframework.context.MessageSource messages) {
        this.mobility = mobility;
        this.parties = parties;
        this.messages = messages;
    }

    /** Each step in the reader's language, with the parties' names where the calculator gave their codes. */
    private List<String> said(Totalisation.Outcome outcome, java.util.Locale locale, Map<String, String> names) {
        return outcome.steps().stream().map(step -> messages.getMessage(step.key(), step.args().stream()
                .map(a -> a instanceof String code && names.containsKey(code) ? names.get(code) : a).toArray(),
                step.key(), locale)).toList();
    }

    private Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        parties.all().stream().filter(p -> p.kind() == PartyKind.STATE)
                .forEach(p -> states.put(p.code().value(), p.shortName()));
        return states;
    }

    @GetMapping("/mobility/recognition")
    String recognition(@RequestParam(required = false) Long qualification,
            @RequestParam(required = false) String in, @RequestParam(required = false) String occupation,
            Model model) {
        List<Mobility.Qualification> all = mobility.qualifications();
        model.addAttribute("qualifications", all);
        model.addAttribute("states", states());
        model.addAttribute("qualification", qualification);
        model.addAttribute("in", in);
        model.addAttribute("occupation", occupation);
        if (qualification != null && in != null && !in.isBlank()) {
            try {
                String job = occupation == null || occupation.isBlank()
                        ? mobility.qualification(qualification).occupations().get(0) : occupation;
                model.addAttribute("answer", mobility.ask(qualification, in, job));
            } catch (InvalidInput e) {
                model.addAttribute("formProblems", new ArrayList<>(e.problems()));
            } catch (NotFound e) {
                model.addAttribute("formProblems", List.of(InvalidInput.unknown("qualification",
                        String.valueOf(qualification)).problems().get(0)));
            }
        }
        return "mobility/recognition";
    }

    @GetMapping("/mobility/portability")
    String portability(@RequestParam(required = false) Benefit benefit,
            @RequestParam Map<String, String> form, Model model, java.util.Locale locale) {
        Map<String, String> states = states();
        model.addAttribute("states", states);
        model.addAttribute("benefits", Benefit.values());
        model.addAttribute("benefit", benefit == null ? Benefit.PENSION : benefit);
        model.addAttribute("form", form);
        List<Totalisation.Period> periods = new ArrayList<>();
        List<InvalidInput> found = new ArrayList<>();
        for (String state : states.keySet()) {
            String typed = form.get("years." + state);
            if (typed != null && !typed.isBlank()) {
                try {
                    double years = Double.parseDouble(typed.strip().replace(',', '.'));
                    if (years < 0 || years > 75) {
                        found.add(InvalidInput.between("years." + state, 0, 75));
                    } else if (years > 0) {
                        periods.add(new Totalisation.Period(state, (int) Math.round(years * 12)));
                    }
                } catch (NumberFormatException e) {
                    found.add(InvalidInput.notANumber("years." + state));
                }
            }
        }
        if (!found.isEmpty()) {
            model.addAttribute("formProblems", new ArrayList<>(found.stream().flatMap(e -> e.problems().stream())
                    .toList()));
        } else if (!periods.isEmpty()) {
            List<Totalisation.Outcome> outcomes = mobility.totalise(benefit == null ? Benefit.PENSION : benefit, periods);
            Map<String, List<String>> steps = new LinkedHashMap<>();
            outcomes.forEach(o -> steps.put(o.party(), said(o, locale, states)));
            model.addAttribute("outcomes", outcomes);
            model.addAttribute("steps", steps);
        }
        return "mobility/portability";
    }
}
