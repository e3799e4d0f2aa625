package org.entente.platform;

import java.util.List;

import org.entente.shared.Actor;

/**
 * Live figures for the home page, each counted over what the viewer may read (a visitor sees public records only):
 * parties in the directory, compacts open or in force, crises under way. Each module declares its own, as it declares
 * its navigation, so the home page shows what exists and nothing it does not.
 */
public interface HomeFigures {

    /** One figure: its label's message key (the count is {0}), the count, and where to see the records. */
    record Figure(int order, String messageKey, long count, String link) {
    }

    List<Figure> figures(Actor viewer);
}
