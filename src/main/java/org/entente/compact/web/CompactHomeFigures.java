package org.entente.compact.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.entente.compact.CompactCatalogue;
import org.entente.compact.CompactStatus;
import org.entente.platform.HomeFigures;
import org.entente.shared.Actor;

/** Compacts the viewer may read that are open for adherence or in force. */
@Component
class CompactHomeFigures implements HomeFigures {

    private final CompactCatalogue catalogue;

    CompactHomeFigures(CompactCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Figure> figures(Actor viewer) {
        long live = catalogue.visible(viewer).stream().filter(c -> c.status() == CompactStatus.OPEN_FOR_ADHERENCE
                || c.status() == CompactStatus.IN_FORCE).count();
        return List.of(new Figure(20, "home.figure.compacts", live, "/compacts"));
    }
}
