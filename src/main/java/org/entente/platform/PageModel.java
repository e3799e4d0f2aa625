package org.entente.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Adds what the layout needs to a page about to be rendered, and to nothing else: a JSON answer or a redirect gets
 * none of it, so the API pays nothing for the pages. (A {@code @ControllerAdvice} with {@code @ModelAttribute}
 * methods would run them for every controller, REST controllers included.) Modules add their own through
 * {@link #addTo}.
 */
public abstract class PageModel implements HandlerInterceptor {

    @Override
    public final void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView mav) {
        if (mav == null || !mav.hasView() || mav.getView() instanceof RedirectView
                || (mav.getViewName() != null && (mav.getViewName().startsWith("redirect:")
                        || mav.getViewName().startsWith("forward:")))) {
            return;
        }
        addTo(mav, request);
    }

    /** Adds this part of the page's model; an attribute the controller set is left as it is. */
    protected abstract void addTo(ModelAndView page, HttpServletRequest request);
}
