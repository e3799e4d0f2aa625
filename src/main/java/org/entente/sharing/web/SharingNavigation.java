package org.entente.sharing.web;

import java.util.List;

import org.entente.platform.Navigation;
import org.entente.shared.Role;
import org.springframework.stereotype.Component;

/** This module's entries in the main navigation. */
@Component
class SharingNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(
                new Navigation.Entry(60, "nav.sharing", "/sharing", viewer -> viewer.hasRole(Role.FOCAL_POINT)));
    }
}
