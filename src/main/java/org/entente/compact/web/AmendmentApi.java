package org.entente.compact.web;

import org.entente.compact.Amendment;
import org.entente.compact.AmendmentDesk;
import org.entente.compact.AmendmentStatus;
import org.entente.compact.ModuleContent;
import org.entente.compact.ModuleDiff;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.entente.compact.web.CompactJson.ModuleRequest;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/compacts/{code}")
@Tag(name = "Amendments", description = "Proposals, comments, adoption as new versions, diffs (MIG-3)")
class AmendmentApi {

    private final AmendmentDesk desk;

    AmendmentApi(AmendmentDesk desk) {
        this.desk = desk;
    }

    record ProposalRequest(String title, String rationale, LocalDate commentsUntil, ModuleRequest text) {
    }

    record CommentRequest(String text, String language) {
    }

    record DecisionRequest(String note) {
    }

    record CommentView(String party, String language, String text, Instant postedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AmendmentSummary(long id, String module, int baseVersion, String proposedBy, String title,
            LocalDate commentsUntil, AmendmentStatus status, Integer adoptedVersion, Instant proposedAt) {
        static AmendmentSummary of(Amendment a) {
            return new AmendmentSummary(a.id(), a.moduleCode(), a.baseVersion(), a.proposedBy().value(), a.title(),
                    a.commentsUntil(), a.status(), a.adoptedVersion(), a.proposedAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AmendmentDetail(AmendmentSummary amendment, String rationale, String decisionNote, boolean
            requiresReconfirmation, ModuleDiff diff, CompactJson.ModuleView proposedText, List<CommentView> comments) {
    }

    @GetMapping("/amendments")
    @Operation(summary = "The compact's amendments, newest first")
    List<AmendmentSummary> list(Actor actor, @PathVariable String code) {
        return desk.of(actor, code).stream().map(AmendmentSummary::of).toList();
    }

    @GetMapping("/amendments/{id}")
    @Operation(summary = "An amendment with its proposed text, the changes against its base version, and comments")
    AmendmentDetail get(Actor actor, @PathVariable String code, @PathVariable long id) {
        AmendmentDesk.AmendmentView view = desk.view(actor, code, id);
        Amendment a = view.amendment();
        return new AmendmentDetail(AmendmentSummary.of(a), a.rationale(), a.decisionNote(),
                view.diff().requiresReconfirmation(), view.diff(),
                CompactJson.ModuleView.proposed(a.moduleCode(), view.proposed()),
                a.comments().stream().map(c -> new CommentView(c.party(), c.language(), c.text(), c.postedAt())).toList());
    }

    @PostMapping("/modules/{module}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a new text for a module (the secretariat, or an adhering party's FOCAL_POINT)")
    AmendmentSummary propose(Actor actor, @PathVariable String code, @PathVariable String module,
            @RequestBody ProposalRequest request) {
        if (request.text() == null) {
            throw new InvalidInput("text", "is required: the whole proposed text of the module");
        }
        ModuleContent content;
        try {
            content = request.text().content();
        } catch (InvalidInput e) {
            throw e.under("text");
        }
        return AmendmentSummary.of(desk.propose(actor, code, module, new AmendmentDesk.Proposal(request.title(),
                request.rationale(), request.commentsUntil(), content)));
    }

    @PostMapping("/amendments/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on an amendment while it is open (any logged-in member of a party)")
    AmendmentSummary comment(Actor actor, @PathVariable String code, @PathVariable long id,
            @RequestBody CommentRequest request) {
        return AmendmentSummary.of(desk.comment(actor, code, id, request.text(), request.language()));
    }

    @PostMapping("/amendments/{id}/adoption")
    @Operation(summary = "Adopt an amendment as the module's next version (the compact's secretariat)")
    AmendmentSummary adopt(Actor actor, @PathVariable String code, @PathVariable long id) {
        return AmendmentSummary.of(desk.adopt(actor, code, id));
    }

    @PostMapping("/amendments/{id}/rejection")
    @Operation(summary = "Reject an amendment with a note (the compact's secretariat)")
    AmendmentSummary reject(Actor actor, @PathVariable String code, @PathVariable long id,
            @RequestBody DecisionRequest request) {
        return AmendmentSummary.of(desk.reject(actor, code, id, request.note()));
    }

    @GetMapping("/modules/{module}/diff")
    @Operation(summary = "What changed between two versions of a module, line by line")
    ModuleDiff diff(Actor actor, @PathVariable String code, @PathVariable String module, @RequestParam int from,
            @RequestParam int to) {
        return desk.diff(actor, code, module, from, to);
    }
}
