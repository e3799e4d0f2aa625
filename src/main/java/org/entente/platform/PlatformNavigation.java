package org.entente.platform;

import java.util.List;

import org.springframework.stereotype.Component;

import org.entente.shared.Actor;

/** This module's entries in the main navigation. */
@Component
class PlatformNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(
                new Navigation.Entry(5, "nav.start", "/start", Actor::isAuthenticated),
                Navigation.Entry.forEveryone(90, "nav.api", "/swagger-ui.html"));
    }
}
