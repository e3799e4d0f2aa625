package org.entente.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.ModelAndView;

/**
 * What the layout needs on every page: the interface languages and the path to switch language on. The layout also
 * renders without them (error pages from exception handlers get no model), so they only add comfort. The main
 * navigation is worked out by the layout itself, for the viewer the page shows ({@link NavigationMenu#entriesFor}).
 */
class LayoutModel extends PageModel {

    @Override
    protected void addTo(ModelAndView page, HttpServletRequest request) {
        page.getModel().putIfAbsent("languages", Languages.SUPPORTED);
        page.getModel().putIfAbsent("currentPath", currentPath(request));
    }

    private static String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path.toLowerCase(Locale.ROOT).equals("/error") ? "/" : path;
    }
}
