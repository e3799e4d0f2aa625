package org.entente.crisis.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.platform.HomeFigures;
import org.entente.shared.Actor;

/** Crises under way that the viewer may read: a visitor counts the public ones only. */
@Component
class CrisisHomeFigures implements HomeFigures {

    private final CrisisRoom room;

    CrisisHomeFigures(CrisisRoom room) {
        this.room = room;
    }

    @Override
    public List<Figure> figures(Actor viewer) {
        return List.of(new Figure(30, "home.figure.crises", room.visible(viewer).stream().filter(Crisis::isActive)
                .count(), "/crises"));
    }
}
