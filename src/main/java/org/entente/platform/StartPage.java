package org.entente.platform;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.entente.shared.Actor;

/** Where a person lands after logging in: what is waiting for them, overdue first, each with a link. */
@Controller
class StartPage {

    private final List<WaitingWork> modules;

    StartPage(List<WaitingWork> modules) {
        this.modules = modules;
    }

    @GetMapping("/start")
    String start(Actor actor, Model model) {
        actor.requireAuthenticated();
        List<WaitingWork.Item> items = modules.stream().flatMap(m -> m.waitingFor(actor).stream())
                .filter(i -> i.count() > 0)
                .sorted(Comparator.comparing(WaitingWork.Item::overdue).reversed())
                .toList();
        model.addAttribute("waiting", items);
        return "start";
    }
}
