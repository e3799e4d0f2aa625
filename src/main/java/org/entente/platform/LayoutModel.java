package org.entente.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the language, its direction, and the path to switch language on. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    @ModelAttribute("lang")
    String lang() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    @ModelAttribute("dir")
    String dir() {
        return Languages.isRightToLeft(LocaleContextHolder.getLocale()) ? "rtl" : "ltr";
    }

    @ModelAttribute("languages")
    java.util.List<String> languages() {
        return Languages.SUPPORTED;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path.toLowerCase(Locale.ROOT).equals("/error") ? "/" : path;
    }
}
