package org.entente.audit.web;

import java.util.List;

import org.entente.platform.Navigation;
import org.entente.shared.Role;
import org.springframework.stereotype.Component;

/** This module's entries in the main navigation. */
@Component
class AuditNavigation implements Navigation {

    @Override
    public List<Navigation.Entry> entries() {
        return List.of(
                new Navigation.Entry(70, "nav.audit", "/audit", viewer -> viewer.hasAnyRole(Role.AUDITOR, Role.ADMIN)));
    }
}
