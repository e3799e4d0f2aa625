package org.entente.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.entente.platform.PageModel;
import org.entente.shared.Actor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the viewer on every page's model so the layout can show the login state, the user's menu and the main
 * navigation; only on pages, not on API answers ({@link PageModel}).
 */
class ViewerModel extends PageModel {

    @Override
    protected void addTo(ModelAndView page, HttpServletRequest request) {
        Actor actor = ActorResolution.current();
        page.getModel().putIfAbsent("viewer", actor);
        page.getModel().putIfAbsent("can", java.util.Map.of(
                "audit", actor.hasAnyRole(org.entente.shared.Role.AUDITOR, org.entente.shared.Role.ADMIN),
                "admin", actor.hasRole(org.entente.shared.Role.ADMIN),
                "sharing", actor.hasRole(org.entente.shared.Role.FOCAL_POINT),
                "secretariat", actor.hasAnyRole(org.entente.shared.Role.SECRETARIAT, org.entente.shared.Role.ADMIN)));
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        page.getModel().putIfAbsent("viewerName", authentication != null
                && authentication.getPrincipal() instanceof EntenteUser user ? user.displayName() : null);
    }
}
