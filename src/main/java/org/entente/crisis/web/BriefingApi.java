package org.entente.crisis.web;

import org.entente.crisis.BriefingText;
import org.entente.crisis.Briefings;
import org.entente.crisis.TalkingPoint;
import org.entente.crisis.Translation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.entente.shared.Actor;
import org.entente.shared.LanguageCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/crises/{id}")
@Tag(name = "Briefings", description = "Talking points with approval and translations, public statements, briefings (CRI-3)")
class BriefingApi {

    private final Briefings briefings;
    private final MessageSource messages;
    private final java.time.Clock clock;

    BriefingApi(Briefings briefings, MessageSource messages, java.time.Clock clock) {
        this.briefings = briefings;
        this.messages = messages;
        this.clock = clock;
    }

    record DraftRequest(String topic, TalkingPoint.Audience audience, List<String> languages, String language,
            String text) {
    }

    record TextRequest(String text) {
    }

    record PointView(long id, String topic, TalkingPoint.Audience audience, TalkingPoint.Status status,
            Map<String, TalkingPoint.TranslationStatus> translationStatus, List<Translation> translations,
            Instant draftedAt, Instant approvedAt) {
        static PointView of(TalkingPoint p) {
            return new PointView(p.id(), p.topic(), p.audience(), p.status(), p.translationStatus(), p.translations(),
                    p.draftedAt(), p.approvedAt());
        }
    }

    record BriefingView(String language, String summary, List<String> talkingPoints) {
    }

    @GetMapping("/talking-points")
    @Operation(summary = "The crisis's talking points the caller may see (public statements for anyone)")
    List<PointView> list(Actor actor, @PathVariable long id) {
        return briefings.of(actor, id).stream().map(PointView::of).toList();
    }

    @PostMapping("/talking-points")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a talking point in one of its languages (the lead or an affected party's FOCAL_POINT)")
    PointView draft(Actor actor, @PathVariable long id, @RequestBody DraftRequest request) {
        return PointView.of(briefings.draft(actor, id, request.topic(), request.audience(), request.languages(),
                new Translation(request.language(), request.text(), false)));
    }

    @PutMapping("/talking-points/{pointId}/translations/{language}")
    @Operation(summary = "Add or revise a translation; a revised text needs approval again")
    PointView translate(Actor actor, @PathVariable long id, @PathVariable long pointId, @PathVariable String language,
            @RequestBody TextRequest request) {
        return PointView.of(briefings.translate(actor, id, pointId, new Translation(language, request.text(), false)));
    }

    @PostMapping("/talking-points/{pointId}/approval")
    @Operation(summary = "Approve a talking point and its current translations (the lead party's FOCAL_POINT)")
    PointView approve(Actor actor, @PathVariable long id, @PathVariable long pointId) {
        return PointView.of(briefings.approve(actor, id, pointId));
    }

    @PostMapping("/talking-points/{pointId}/retirement")
    @Operation(summary = "Retire a talking point (the lead party's FOCAL_POINT)")
    PointView retire(Actor actor, @PathVariable long id, @PathVariable long pointId) {
        return PointView.of(briefings.retire(actor, id, pointId));
    }

    @GetMapping("/briefing")
    @Operation(summary = "A briefing in one language: the caller's view of the figures and the approved talking points")
    BriefingView briefing(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "en") String language) {
        String lang = LanguageCode.of(language).value();
        Briefings.Briefing b = briefings.briefing(actor, id, lang);
        return new BriefingView(lang, BriefingText.of(b, messages, clock.instant()), b.points().stream()
                .map(p -> p.approvedText(lang).map(Translation::text).orElse(p.topic())).toList());
    }
}
