package org.entente.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the interface languages and the path to switch language on. The layout also
 * renders without them (error pages from exception handlers get no model attributes), so they only add comfort.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    @ModelAttribute("languages")
    java.util.List<String> languages() {
        return Languages.SUPPORTED;
    }

    private final NavigationMenu menu;

    LayoutModel(NavigationMenu menu) {
        this.menu = menu;
    }

    /** The main navigation for this viewer: every module's entries the viewer may use, in order. */
    @ModelAttribute("navigation")
    java.util.List<Navigation.Entry> navigation(org.entente.shared.Actor viewer) {
        return menu.entriesFor(viewer);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path.toLowerCase(Locale.ROOT).equals("/error") ? "/" : path;
    }
}
