package org.entente.mobility.web;

import java.util.List;

import org.entente.platform.Navigation;
import org.springframework.stereotype.Component;

/** The worker's two questions about moving, in everyone's navigation. */
@Component
class MobilityNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(Navigation.Entry.forEveryone(96, "nav.mobility", "/mobility/portability"));
    }
}
