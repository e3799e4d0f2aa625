package org.entente.liaison.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.entente.crisis.CrisisRoom;
import org.entente.liaison.LevelNotification;
import org.entente.liaison.NoticeOutbox;
import org.entente.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Level notices", description = "The notices a crisis's escalation levels send to liaison units (CRI-2)")
class NoticeApi {

    private final NoticeOutbox outbox;
    private final CrisisRoom crises;

    NoticeApi(NoticeOutbox outbox, CrisisRoom crises) {
        this.outbox = outbox;
        this.crises = crises;
    }

    /**
     * A notice sent on entering a level; without a unit it could not be delivered. Its messages are counted by
     * channel and status, never listed, and a channel whose gateway is not configured is named. Logged-in users only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NotificationView(long id, long crisis, String level, String party, Long unit, String languages,
            boolean delivered, Instant sentAt, Map<String, Map<String, Integer>> messages,
            List<String> waitingForGateway, Instant acknowledgedAt, String acknowledgedBy) {
        static NotificationView of(NoticeOutbox.Delivery d) {
            LevelNotification n = d.notice();
            Map<String, Map<String, Integer>> messages = new java.util.LinkedHashMap<>();
            d.messages().forEach((channel, byStatus) -> {
                Map<String, Integer> counts = new java.util.LinkedHashMap<>();
                byStatus.forEach((status, count) -> counts.put(status.name().toLowerCase(java.util.Locale.ROOT), count));
                messages.put(channel.name().toLowerCase(java.util.Locale.ROOT), counts);
            });
            return new NotificationView(n.id(), n.crisis(), n.level(), n.party(), n.unit(), n.languages(),
                    n.isDelivered(), n.sentAt(), messages,
                    d.waitingForGateway().isEmpty() ? null : d.waitingForGateway().stream().map(Enum::name).toList(),
                    n.acknowledgedAt(), n.acknowledgedBy());
        }
    }

    @GetMapping("/api/v1/liaison-units/{id}/notifications")
    @Operation(summary = "A liaison unit's inbox: the level notices it received, newest first, with how their "
            + "e-mails and SMS fared and whether the unit acknowledged them (logged-in users)")
    List<NotificationView> inbox(Actor actor, @PathVariable long id) {
        return outbox.inbox(actor, id).stream().map(NotificationView::of).toList();
    }

    @PostMapping("/api/v1/liaison-units/{id}/notifications/{notificationId}/acknowledgement")
    @Operation(summary = "Acknowledge a level notice for the unit (a member of the unit's party); once only, a "
            + "repeat answers the first acknowledgement")
    NotificationView acknowledge(Actor actor, @PathVariable long id, @PathVariable long notificationId) {
        return NotificationView.of(outbox.acknowledge(actor, id, notificationId));
    }

    @GetMapping("/api/v1/level-notices")
    @Operation(summary = "The level notices a crisis sent, newest first, with how their messages fared and whether "
            + "the units acknowledged them (logged-in users who may read the crisis)")
    List<NotificationView> ofCrisis(Actor actor, @RequestParam long crisis) {
        actor.requireAuthenticated();
        crises.get(actor, crisis);
        return outbox.ofCrisis(crisis).stream().map(NotificationView::of).toList();
    }
}
