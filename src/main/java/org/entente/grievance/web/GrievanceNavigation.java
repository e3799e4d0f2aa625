package org.entente.grievance.web;

import java.util.List;

import org.entente.platform.Navigation;
import org.entente.shared.Role;
import org.springframework.stereotype.Component;

/**
 * This module's entries in the main navigation: the queues, for those who handle grievances, and the way to report
 * a problem, for everyone, so that a worker who lands on the home page finds it.
 */
@Component
class GrievanceNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(new Navigation.Entry(17, "nav.grievances", "/grievances",
                viewer -> viewer.hasAnyRole(Role.MEDIATOR, Role.OMBUDSPERSON, Role.PANEL_MEMBER)),
                Navigation.Entry.forEveryone(95, "nav.report", "/report"));
    }
}
