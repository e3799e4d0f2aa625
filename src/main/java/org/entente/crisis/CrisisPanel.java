package org.entente.crisis;

import java.util.Optional;

import org.entente.shared.Actor;

/**
 * A section another module adds to a crisis's dashboard, so that this module shows it without depending on that
 * module: liaison's level notices are one. The dashboard asks every panel what it has for the reader, in
 * {@link #order()}, and renders the fragment of each that answers with something.
 */
public interface CrisisPanel {

    /** The Thymeleaf template holding the fragment, such as {@code liaison/panels}. */
    String template();

    /** The fragment's name; it reads what {@link #content} answered as {@code panel}. */
    String fragment();

    /** Where the panel goes among the others, lowest first. */
    default int order() {
        return 100;
    }

    /**
     * What the panel shows this reader, who may read the crisis; empty to show nothing. The panel checks what else
     * the reader may see.
     */
    Optional<?> content(Actor actor, Crisis crisis);
}
