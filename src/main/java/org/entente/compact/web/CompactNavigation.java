package org.entente.compact.web;

import java.util.List;

import org.entente.platform.Navigation;
import org.springframework.stereotype.Component;

/** This module's entries in the main navigation. */
@Component
class CompactNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(
                Navigation.Entry.forEveryone(10, "nav.compacts", "/compacts"));
    }
}
