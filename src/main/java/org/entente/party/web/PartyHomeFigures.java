package org.entente.party.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.entente.party.PartyDirectory;
import org.entente.platform.HomeFigures;
import org.entente.shared.Actor;

/** The directory is public: every party counts. */
@Component
class PartyHomeFigures implements HomeFigures {

    private final PartyDirectory directory;

    PartyHomeFigures(PartyDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Figure> figures(Actor viewer) {
        return List.of(new Figure(10, "home.figure.parties", directory.all().size(), "/parties"));
    }
}
