package org.entente.monitoring.web;

import java.util.List;

import org.entente.platform.Navigation;
import org.entente.shared.Role;
import org.springframework.stereotype.Component;

/** This module's entry in the main navigation, for those who report or verify. */
@Component
class MonitoringNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(new Navigation.Entry(15, "nav.monitoring", "/monitoring",
                viewer -> viewer.hasAnyRole(Role.FOCAL_POINT, Role.MONITOR, Role.SECRETARIAT)));
    }
}
