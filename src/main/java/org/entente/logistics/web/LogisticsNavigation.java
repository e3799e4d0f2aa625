package org.entente.logistics.web;

import java.util.List;

import org.entente.platform.Navigation;
import org.entente.shared.Actor;
import org.springframework.stereotype.Component;

/** This module's entries in the main navigation. */
@Component
class LogisticsNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(
                new Navigation.Entry(40, "nav.logistics", "/logistics", Actor::isAuthenticated));
    }
}
