package org.entente.monitoring.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.entente.monitoring.ReviewItems;
import org.entente.monitoring.ReviewTriggers;
import org.entente.monitoring.TriggerRule;
import org.entente.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reviews", description = "Revision triggers and the review items they open (MIG-6)")
class ReviewApi {

    private final ReviewTriggers triggers;
    private final ReviewItems items;

    ReviewApi(ReviewTriggers triggers, ReviewItems items) {
        this.triggers = triggers;
        this.items = items;
    }

    record RuleView(long id, String code, String name, TriggerRule.Kind kind, String module, String indicator,
            TriggerRule.LeftSide left, Integer periods, TriggerRule.Operator operator, TriggerRule.RightSide right,
            Double number, TriggerRule.Importance importance, TriggerRule.Opens opens, boolean active) {

        static RuleView of(ReviewTriggers.Stored s) {
            TriggerRule r = s.rule();
            return new RuleView(s.id(), r.code(), r.name(), r.kind(), r.module(), r.indicator(), r.left(), r.periods(),
                    r.operator(), r.right(), r.number(), r.importance(), r.opens(), s.active());
        }
    }

    record ItemView(long id, String party, String module, String indicator, String period, Double observed,
            Double threshold, String status, String openedAt, String closedAt, String closingNote, RuleView rule) {
    }

    record ClosingRequest(String note) {
    }

    record ActivationRequest(Boolean active) {
    }

    @GetMapping("/api/v1/compacts/{code}/review-items")
    @Operation(summary = "The compact's review items, public: what each revision trigger opened, for which party, "
            + "module, indicator and period, with the two sides it compared and the rule itself; open ones first")
    Map<String, Object> reviewItems(@PathVariable String code) {
        Map<Long, RuleView> rules = new java.util.HashMap<>();
        triggers.of(code).forEach(s -> rules.put(s.id(), RuleView.of(s)));
        List<ItemView> views = items.of(code).stream().map(i -> new ItemView(i.id(), i.party().value(), i.module(),
                i.indicator(), i.period(), i.observed(), i.threshold(), i.status().name(), i.openedAt().toString(),
                i.closedAt() == null ? null : i.closedAt().toString(), i.closingNote(), rules.get(i.ruleId())))
                .toList();
        return Map.of("compact", code, "items", views);
    }

    @GetMapping("/api/v1/compacts/{code}/trigger-rules")
    @Operation(summary = "The compact's revision triggers, public: the two standard ones and the secretariat's "
            + "thresholds")
    List<RuleView> rules(@PathVariable String code) {
        return triggers.of(code).stream().map(RuleView::of).toList();
    }

    @PostMapping("/api/v1/compacts/{code}/trigger-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a revision trigger (SECRETARIAT), in the shape of a DHIS2 validation rule")
    RuleView define(Actor actor, @PathVariable String code, @RequestBody TriggerRule rule) {
        return RuleView.of(triggers.define(actor, code, rule));
    }

    @PostMapping("/api/v1/monitoring/trigger-rules/{id}/activation")
    @Operation(summary = "Switch a revision trigger off or on again (SECRETARIAT)")
    RuleView activate(Actor actor, @PathVariable long id, @RequestBody ActivationRequest request) {
        if (request.active() == null) {
            throw org.entente.shared.InvalidInput.required("active");
        }
        return RuleView.of(triggers.setActive(actor, id, request.active()));
    }

    @PostMapping("/api/v1/monitoring/review-items/{id}/closing")
    @Operation(summary = "Close a review item with a note on how it was dealt with (SECRETARIAT)")
    ReviewItems.Item close(Actor actor, @PathVariable long id, @RequestBody ClosingRequest request) {
        return items.close(actor, id, request.note());
    }
}
