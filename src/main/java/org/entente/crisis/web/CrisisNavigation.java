package org.entente.crisis.web;

import java.util.List;

import org.entente.platform.Navigation;
import org.springframework.stereotype.Component;

/** This module's entries in the main navigation. */
@Component
class CrisisNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(Navigation.Entry.forEveryone(20, "nav.crises", "/crises"));
    }
}
