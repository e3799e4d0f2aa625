package org.entente.liaison.web;

import org.entente.crisis.CrisisRoom;
import org.entente.liaison.LevelNotification;
import org.entente.liaison.NoticeOutbox;
import org.entente.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a link in a notice e-mail or SMS opens: which crisis entered which level, for which unit, and a button to
 * acknowledge it without logging in. Opening the link changes nothing (mail scanners follow links); only the button
 * does.
 */
@Controller
class NoticePages {

    private final NoticeOutbox outbox;
    private final CrisisRoom room;

    NoticePages(NoticeOutbox outbox, CrisisRoom room) {
        this.outbox = outbox;
        this.room = room;
    }

    @GetMapping("/notices/{token}")
    String show(@PathVariable String token, Model model) {
        LevelNotification notice = outbox.byLink(token).orElseThrow(() -> new NotFound("notice", "from this link"));
        model.addAttribute("n", notice);
        model.addAttribute("crisis", room.withoutRedLines(notice.crisis()));
        model.addAttribute("unit", outbox.unitOf(notice).orElse(null));
        model.addAttribute("token", token);
        return "liaison/notice";
    }

    @PostMapping("/notices/{token}")
    String acknowledge(@PathVariable String token, RedirectAttributes redirect) {
        outbox.acknowledgeByLink(token);
        redirect.addFlashAttribute("notice", "notice.acknowledged");
        return "redirect:/notices/" + token;
    }
}
