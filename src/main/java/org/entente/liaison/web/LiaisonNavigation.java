package org.entente.liaison.web;

import java.util.List;

import org.entente.platform.Navigation;
import org.springframework.stereotype.Component;

/** This module's entry in the main navigation. */
@Component
class LiaisonNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(Navigation.Entry.forEveryone(30, "nav.units", "/liaison-units"));
    }
}
