package org.entente.audit.web;

import org.entente.audit.AuditFilter;
import org.entente.audit.AuditTrail;
import org.entente.shared.Actor;
import org.entente.shared.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditPages {

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String browse(Actor actor, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String action, @RequestParam(required = false) String user,
            @RequestParam(required = false) String party, @RequestParam(required = false) Integer page,
            Model model) {
        AuditFilter filter = new AuditFilter(blankToNull(entityType), null, blankToNull(action), blankToNull(user),
                blankToNull(party), null, null);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", trail.browse(actor, filter, Paging.of(page, 50)));
        return "audit/entries";
    }

    @PostMapping("/audit/verify")
    String verify(Actor actor, Model model) {
        model.addAttribute("verification", trail.verify(actor));
        model.addAttribute("filter", AuditFilter.none());
        model.addAttribute("entries", trail.browse(actor, AuditFilter.none(), Paging.of(0, 50)));
        return "audit/entries";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
