package org.entente.crisis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntPredicate;

import jakarta.servlet.http.HttpServletRequest;

import org.entente.crisis.Escalation;
import org.entente.crisis.EscalationProtocol;
import org.entente.crisis.KeyFigures;
import org.entente.crisis.LevelAction;
import org.entente.crisis.LevelNotice;
import org.entente.crisis.LevelTrigger;
import org.entente.crisis.ProtocolLevel;
import org.entente.party.PartyDirectory;
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
 * Escalation protocols on screen (CRI-2): everyone reads them; the secretariat defines one in a single form of
 * numbered rows (levels in order of gravity, then triggers, mandated actions and whom each level notifies), which
 * works without JavaScript; a crisis's decision holder applies one from the crisis page.
 */
@Controller
class ProtocolPages {

    /** The levels a protocol form offers, mildest first; the API accepts others. */
    static final List<String> LEVELS = List.of("MONITORING", "ALERT", "RESPONSE", "EMERGENCY");
    static final int TRIGGER_ROWS = 6;
    static final int ACTION_ROWS = 8;
    static final int NOTICE_ROWS = 4;

    private final Escalation escalation;
    private final PartyDirectory parties;

    ProtocolPages(Escalation escalation, PartyDirectory parties) {
        this.escalation = escalation;
        this.parties = parties;
    }

    @GetMapping("/crises/protocols")
    String protocols(Actor actor, Model model) {
        model.addAttribute("protocols", escalation.protocols());
        model.addAttribute("defines", actor.hasAnyRole(Role.SECRETARIAT));
        model.addAttribute("levels", LEVELS);
        model.addAttribute("figures", KeyFigures.HXL.keySet());
        model.addAttribute("roles", List.of(Role.FOCAL_POINT, Role.LOGISTICS_OFFICER, Role.SECRETARIAT));
        model.addAttribute("parties", parties.all().stream().map(p -> p.code().value()).toList());
        model.addAttribute("triggerRows", TRIGGER_ROWS);
        model.addAttribute("actionRows", ACTION_ROWS);
        model.addAttribute("noticeRows", NOTICE_ROWS);
        return "crisis/protocols";
    }

    @PostMapping("/crises/protocols")
    String define(Actor actor, HttpServletRequest form, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "protocol.defined", () -> {
            List<InvalidInput> found = new ArrayList<>();
            List<ProtocolLevel> levels = new ArrayList<>();
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < LEVELS.size(); i++) {
                String name = given(form, "levels[" + i + "].name");
                String notifies = given(form, "levels[" + i + "].notifies");
                if (name == null) {
                    if (notifies != null) {
                        found.add(InvalidInput.coded("levels[" + i + "].name", "is required", "invalid.choose"));
                    }
                    continue;
                }
                try {
                    levels.add(new ProtocolLevel(name, notifies));
                    chosen.add(name);
                } catch (InvalidInput e) {
                    found.add(e.under("levels[" + i + "]"));
                }
            }
            String code = given(form, "code") == null ? null : given(form, "code").toUpperCase(Locale.ROOT);
            String name = given(form, "name");
            found.addAll(0, EscalationProtocol.problemsOf(code, name, levels));
            List<LevelTrigger> triggers = rows(form, "triggers", TRIGGER_ROWS, chosen, found,
                    (at) -> new LevelTrigger(given(form, at + ".level"), given(form, at + ".figure"),
                            whole(given(form, at + ".threshold"), at + ".threshold")),
                    "figure", "threshold");
            List<LevelAction> actions = rows(form, "actions", ACTION_ROWS, chosen, found,
                    (at) -> new LevelAction(given(form, at + ".level"), given(form, at + ".title"),
                            role(given(form, at + ".ownerRole"), at + ".ownerRole"),
                            (int) Math.min(Integer.MAX_VALUE, whole(given(form, at + ".deadlineHours"),
                                    at + ".deadlineHours"))),
                    "title", "ownerRole", "deadlineHours");
            List<LevelNotice> notices = rows(form, "notices", NOTICE_ROWS, chosen, found,
                    (at) -> new LevelNotice(given(form, at + ".level"), given(form, at + ".party"),
                            String.join(" ", values(form, at + ".languages"))),
                    "party", "languages");
            InvalidInput.throwIfAny(found);
            escalation.define(actor, code, name, levels, triggers, actions, notices);
        }, "/crises/protocols");
    }

    /** A crisis's decision holder chooses the protocol it follows and the level it starts at. */
    @PostMapping("/crises/{id}/protocol")
    String apply(Actor actor, @PathVariable long id, @RequestParam(required = false) String start,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "protocol.applied", () -> {
            int bar = start == null ? -1 : start.indexOf('|');
            if (bar < 0) {
                throw InvalidInput.coded("start", "is required", "invalid.choose");
            }
            escalation.apply(actor, id, start.substring(0, bar), start.substring(bar + 1));
        }, "/crises/" + id);
    }

    /**
     * The filled rows of a repeated group, each made by {@code make} from its fields; a row left blank is skipped,
     * a row whose level is not among the protocol's levels is refused at that field.
     */
    private static <T> List<T> rows(HttpServletRequest form, String group, int count, List<String> levels,
            List<InvalidInput> found, Function<String, T> make, String... fields) {
        List<T> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String at = group + "[" + i + "]";
            IntPredicate filled = f -> given(form, at + "." + fields[f]) != null;
            boolean any = false;
            for (int f = 0; f < fields.length; f++) {
                any |= filled.test(f);
            }
            String level = given(form, at + ".level");
            if (!any) {
                continue;
            }
            if (level == null || !levels.contains(level)) {
                found.add(InvalidInput.coded(at + ".level", "choose one of the protocol's levels",
                        "protocol.invalid.noLevel"));
                continue;
            }
            try {
                made.add(make.apply(at));
            } catch (InvalidInput e) {
                found.add(e.under(at));
            }
        }
        return made;
    }

    private static String given(HttpServletRequest form, String name) {
        String value = form.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> values(HttpServletRequest form, String name) {
        String[] given = form.getParameterValues(name);
        return given == null ? List.of() : List.of(given);
    }

    /** A whole number typed in a row; the row's own prefix is added by {@link #rows}. */
    private static long whole(String typed, String field) {
        String own = field.substring(field.lastIndexOf('.') + 1);
        if (typed == null) {
            throw InvalidInput.required(own);
        }
        try {
            return Long.parseLong(typed.replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.notANumber(own);
        }
    }

    private static Role role(String typed, String field) {
        try {
            return typed == null ? null : Role.valueOf(typed);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.coded(field.substring(field.lastIndexOf('.') + 1), "is not a role", "invalid.choose");
        }
    }
}
