package org.entente.identity;

import org.entente.shared.Actor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the viewer on every page's model so the layout can show the login state and the user's menu. */
@ControllerAdvice(annotations = Controller.class)
class ViewerModel {

    @ModelAttribute("viewer")
    Actor viewer() {
        return ActorResolution.current();
    }

    /** What the navigation may offer this viewer; the pages behind the links check again. */
    @ModelAttribute("can")
    java.util.Map<String, Boolean> can() {
        Actor actor = ActorResolution.current();
        return java.util.Map.of(
                "audit", actor.hasAnyRole(org.entente.shared.Role.AUDITOR, org.entente.shared.Role.ADMIN),
                "admin", actor.hasRole(org.entente.shared.Role.ADMIN),
                "sharing", actor.hasRole(org.entente.shared.Role.FOCAL_POINT),
                "secretariat", actor.hasAnyRole(org.entente.shared.Role.SECRETARIAT, org.entente.shared.Role.ADMIN));
    }

    @ModelAttribute("viewerName")
    String viewerName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof EntenteUser user
                ? user.displayName() : null;
    }
}
