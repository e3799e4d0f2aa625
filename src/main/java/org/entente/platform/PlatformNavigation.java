package org.entente.platform;

import java.util.List;

import org.springframework.stereotype.Component;

/** This module's entries in the main navigation. */
@Component
class PlatformNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(
                Navigation.Entry.forEveryone(90, "nav.api", "/swagger-ui.html"));
    }
}
