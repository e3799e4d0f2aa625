package org.entente.audit.web;

import org.entente.audit.AuditEntry;
import org.entente.audit.AuditFilter;
import org.entente.audit.AuditTrail;
import org.entente.audit.ChainVerification;
import java.time.Instant;

import org.entente.shared.Actor;
import org.entente.shared.PageOf;
import org.entente.shared.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "Hash-chained log of every change (AUDITOR, ADMIN)")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain; report its length or the first broken entry")
    ChainVerification verify(Actor actor) {
        return trail.verify(actor);
    }

    @GetMapping("/entries")
    @Operation(summary = "Browse entries, newest first, filtered by entity, action, actor, party and time")
    PageOf<AuditEntry> entries(Actor actor, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String action,
            @RequestParam(required = false) String user, @RequestParam(required = false) String party,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return trail.browse(actor, new AuditFilter(entityType, entityId, action, user, party, from, to),
                Paging.of(page, size));
    }
}
