package org.entente.identity.web;

import java.util.List;

import org.entente.platform.Navigation;
import org.entente.shared.Role;
import org.springframework.stereotype.Component;

/** This module's entries in the main navigation. */
@Component
class IdentityNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(
                new Navigation.Entry(80, "nav.users", "/admin/users", viewer -> viewer.hasRole(Role.ADMIN)));
    }
}
