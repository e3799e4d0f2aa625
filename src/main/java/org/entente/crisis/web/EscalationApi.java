package org.entente.crisis.web;

import org.entente.crisis.Escalation;
import org.entente.crisis.EscalationProposal;
import org.entente.crisis.EscalationProtocol;
import org.entente.crisis.LevelAction;
import org.entente.crisis.LevelNotice;
import org.entente.crisis.LevelTrigger;
import org.entente.crisis.MandatedAction;
import org.entente.crisis.ProtocolLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Escalation", description = "Escalation protocols, levels, trigger proposals and mandated actions (CRI-2)")
class EscalationApi {

    private final Escalation escalation;

    EscalationApi(Escalation escalation) {
        this.escalation = escalation;
    }

    record LevelJson(String name, String notifies, List<TriggerJson> triggers, List<ActionJson> actions,
            List<NoticeJson> notices) {
    }

    /** A party whose liaison units the level notifies, and the languages of the notice. */
    record NoticeJson(String party, String languages) {
    }

    record TriggerJson(String figure, Long threshold) {
    }

    record ActionJson(String title, Role ownerRole, Integer deadlineHours) {
    }

    record ProtocolRequest(String code, String name, List<LevelJson> levels) {
    }

    record ProtocolView(String code, String name, String owner, List<LevelJson> levels) {
        static ProtocolView of(EscalationProtocol p) {
            return new ProtocolView(p.code(), p.name(), p.owner().value(), p.levels().stream()
                    .map(l -> new LevelJson(l.name(), l.notifies(),
                            p.triggersOf(l.name()).stream().map(t -> new TriggerJson(t.figure(), t.threshold())).toList(),
                            p.actionsOf(l.name()).stream().map(a -> new ActionJson(a.title(), a.ownerRole(), a.deadlineHours())).toList(),
                            p.noticesOf(l.name()).stream().map(n -> new NoticeJson(n.party(), n.languages())).toList()))
                    .toList());
        }
    }

    record ApplyRequest(String protocol, String level) {
    }

    record MoveRequest(String level, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActionView(long id, String level, String title, Role ownerRole, Instant dueAt, Instant doneAt, boolean overdue) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** Who decided stays in the audit trail; the API, open to the public, names no person. */
    record ProposalView(long id, String level, String reason, EscalationProposal.Status status, Instant proposedAt,
            Instant decidedAt) {
        static ProposalView of(EscalationProposal p) {
            return new ProposalView(p.id(), p.level(), p.reason(), p.status(), p.proposedAt(), p.decidedAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StateView(String crisis, String protocol, String level, List<ProposalView> proposals,
            List<ActionView> actions) {
        static StateView of(Escalation.State s) {
            return new StateView(s.crisis().code(), s.protocol() == null ? null : s.protocol().code(), s.crisis().level(),
                    s.proposals().stream().map(ProposalView::of).toList(),
                    s.actions().stream().map(a -> new ActionView(a.id(), a.level(), a.title(),
                            a.ownerRole(), a.dueAt(), a.doneAt(), a.isOverdue(s.now()))).toList());
        }
    }

    @GetMapping("/api/v1/protocols")
    @Operation(summary = "Escalation protocols")
    List<ProtocolView> protocols() {
        return escalation.protocols().stream().map(ProtocolView::of).toList();
    }

    @GetMapping("/api/v1/protocols/{code}")
    @Operation(summary = "One escalation protocol")
    ProtocolView protocol(@PathVariable String code) {
        return ProtocolView.of(escalation.protocol(code));
    }

    @PostMapping("/api/v1/protocols")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define an escalation protocol (SECRETARIAT, ADMIN)")
    ProtocolView define(Actor actor, @RequestBody ProtocolRequest request) {
        if (request.levels() == null) {
            throw InvalidInput.required("levels");
        }
        List<ProtocolLevel> levels = new java.util.ArrayList<>();
        List<LevelTrigger> triggers = new java.util.ArrayList<>();
        List<LevelAction> actions = new java.util.ArrayList<>();
        List<LevelNotice> notices = new java.util.ArrayList<>();
        for (int i = 0; i < request.levels().size(); i++) {
            LevelJson l = request.levels().get(i);
            try {
                levels.add(new ProtocolLevel(l.name(), l.notifies()));
                for (int j = 0; l.notices() != null && j < l.notices().size(); j++) {
                    NoticeJson n = l.notices().get(j);
                    try {
                        notices.add(new LevelNotice(l.name(), n.party(), n.languages()));
                    } catch (InvalidInput e) {
                        throw e.under("notices[" + j + "]");
                    }
                }
                for (int j = 0; l.triggers() != null && j < l.triggers().size(); j++) {
                    TriggerJson t = l.triggers().get(j);
                    try {
                        triggers.add(new LevelTrigger(l.name(), t.figure(), t.threshold() == null ? -1 : t.threshold()));
                    } catch (InvalidInput e) {
                        throw e.under("triggers[" + j + "]");
                    }
                }
                for (int j = 0; l.actions() != null && j < l.actions().size(); j++) {
                    ActionJson a = l.actions().get(j);
                    try {
                        actions.add(new LevelAction(l.name(), a.title(), a.ownerRole(),
                                a.deadlineHours() == null ? 0 : a.deadlineHours()));
                    } catch (InvalidInput e) {
                        throw e.under("actions[" + j + "]");
                    }
                }
            } catch (InvalidInput e) {
                throw e.under("levels[" + i + "]");
            }
        }
        try {
            return ProtocolView.of(escalation.define(actor, request.code(), request.name(), levels, triggers, actions,
                    notices));
        } catch (InvalidInput e) {
            throw relocate(e, request);
        }
    }

    /** A notice's party is checked in the service against the flat list; name its place in the request instead. */
    private static InvalidInput relocate(InvalidInput e, ProtocolRequest request) {
        String field = e.problems().get(0).field();
        var matcher = java.util.regex.Pattern.compile("notices\\[(\\d+)]\\.(.+)").matcher(field);
        if (!matcher.matches()) {
            return e;
        }
        int flat = Integer.parseInt(matcher.group(1));
        for (int i = 0; i < request.levels().size(); i++) {
            int here = request.levels().get(i).notices() == null ? 0 : request.levels().get(i).notices().size();
            if (flat < here) {
                return new InvalidInput("levels[" + i + "].notices[" + flat + "]." + matcher.group(2),
                        e.problems().get(0).message());
            }
            flat -= here;
        }
        return e;
    }

    @GetMapping("/api/v1/crises/{id}/escalation")
    @Operation(summary = "A crisis's protocol, level, proposals and mandated actions (overdue ones flagged)")
    StateView state(Actor actor, @PathVariable long id) {
        return StateView.of(escalation.state(actor, id));
    }

    @PostMapping("/api/v1/crises/{id}/protocol")
    @Operation(summary = "Apply a protocol to a crisis at a starting level (the decision holder)")
    StateView apply(Actor actor, @PathVariable long id, @RequestBody ApplyRequest request) {
        return StateView.of(escalation.apply(actor, id, request.protocol(), request.level()));
    }

    @PostMapping("/api/v1/crises/{id}/escalation")
    @Operation(summary = "Escalate or de-escalate to a level, with a reason (the decision holder)")
    StateView move(Actor actor, @PathVariable long id, @RequestBody MoveRequest request) {
        return StateView.of(escalation.moveTo(actor, id, request.level(), request.reason()));
    }

    @PostMapping("/api/v1/crises/{id}/escalation/proposals/{proposalId}/dismissal")
    @Operation(summary = "Dismiss a trigger's proposal (the decision holder)")
    ProposalView dismiss(Actor actor, @PathVariable long id, @PathVariable long proposalId) {
        return ProposalView.of(escalation.dismiss(actor, id, proposalId));
    }

    @PostMapping("/api/v1/crises/{id}/actions/{actionId}/completion")
    @Operation(summary = "Mark a mandated action done (the lead party's owner role, or the SECRETARIAT)")
    ActionView complete(Actor actor, @PathVariable long id, @PathVariable long actionId) {
        MandatedAction a = escalation.complete(actor, id, actionId);
        return new ActionView(a.id(), a.level(), a.title(), a.ownerRole(), a.dueAt(), a.doneAt(), false);
    }
}
