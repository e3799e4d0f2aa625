package org.entente.crisis.web;

import org.entente.crisis.AlertInfo;
import org.entente.crisis.Cap;
import org.entente.crisis.CapAlert;
import org.entente.crisis.CapXml;
import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisAlerts;
import org.entente.crisis.CrisisRoom;
import java.time.Instant;
import java.util.List;

import org.entente.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/crises/{id}")
@Tag(name = "Alerts", description = "OASIS CAP 1.2 alerts for a crisis, and their Atom feed (CRI-3)")
class CrisisAlertApi {

    private static final MediaType XML = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);

    private final CrisisAlerts alerts;
    private final CrisisRoom room;

    CrisisAlertApi(CrisisAlerts alerts, CrisisRoom room) {
        this.alerts = alerts;
        this.room = room;
    }

    record AlertRequest(Cap.Status status, Cap.Scope scope, String note, List<AlertInfo> infos) {
        CrisisAlerts.Draft draft() {
            return new CrisisAlerts.Draft(status, scope, note, infos);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AlertView(long id, String identifier, String sender, Instant sent, Cap.Status status, Cap.MsgType msgType,
            Cap.Scope scope, String note, String references, List<AlertInfo> infos) {
        static AlertView of(CapAlert a) {
            return new AlertView(a.id(), a.identifier(), a.sender(), a.sent(), a.status(), a.msgType(), a.scope(),
                    a.note(), a.references(), a.infos());
        }
    }

    @GetMapping("/alerts")
    @Operation(summary = "The crisis's alerts the caller may see, newest first")
    List<AlertView> list(Actor actor, @PathVariable long id) {
        return alerts.of(actor, id).stream().map(AlertView::of).toList();
    }

    @PostMapping("/alerts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a CAP alert (the lead party's FOCAL_POINT or the SECRETARIAT)")
    AlertView issue(Actor actor, @PathVariable long id, @RequestBody AlertRequest request) {
        return AlertView.of(alerts.issue(actor, id, request.draft()));
    }

    @PostMapping("/alerts/{alertId}/update")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue an Update referencing an earlier alert")
    AlertView update(Actor actor, @PathVariable long id, @PathVariable long alertId, @RequestBody AlertRequest request) {
        return AlertView.of(alerts.follow(actor, id, alertId, Cap.MsgType.UPDATE, request.draft()));
    }

    @PostMapping("/alerts/{alertId}/cancel")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a Cancel referencing an earlier alert")
    AlertView cancel(Actor actor, @PathVariable long id, @PathVariable long alertId, @RequestBody AlertRequest request) {
        return AlertView.of(alerts.follow(actor, id, alertId, Cap.MsgType.CANCEL, request.draft()));
    }

    @GetMapping("/alerts.cap.xml")
    @Operation(summary = "The crisis's latest alert the caller may see, as CAP 1.2 XML")
    ResponseEntity<String> latest(Actor actor, @PathVariable long id) {
        return ResponseEntity.ok().contentType(XML).body(CapXml.alert(alerts.latest(actor, id)));
    }

    @GetMapping("/alerts/{alertId}/cap.xml")
    @Operation(summary = "One alert as CAP 1.2 XML")
    ResponseEntity<String> one(Actor actor, @PathVariable long id, @PathVariable long alertId) {
        return ResponseEntity.ok().contentType(XML).body(CapXml.alert(alerts.get(actor, id, alertId)));
    }

    @GetMapping("/alerts.atom")
    @Operation(summary = "Atom feed of the crisis's public alerts")
    ResponseEntity<String> feed(@PathVariable long id) {
        Actor anyone = Actor.anonymous();
        Crisis crisis = room.get(anyone, id);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return ResponseEntity.ok().contentType(new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8))
                .body(CapXml.atom(crisis, alerts.of(anyone, id), base));
    }
}
