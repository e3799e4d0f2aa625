package org.entente.platform;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.entente.shared.Actor;

/** The public home page: what Entente holds, with live figures counted over what the viewer may read. */
@Controller
class HomePage {

    private final List<HomeFigures> modules;

    HomePage(List<HomeFigures> modules) {
        this.modules = modules;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("figures", modules.stream().flatMap(m -> m.figures(actor).stream())
                .sorted(Comparator.comparingInt(HomeFigures.Figure::order)).toList());
        return "home";
    }
}
