package org.entente.platform;

import java.util.List;
import java.util.function.Predicate;

import org.entente.shared.Actor;

/**
 * A module's entries in the main navigation. Each module declares its own as a bean; the layout shows, in order,
 * the entries the viewer may use. The pages behind the links check access again.
 */
public interface Navigation {

    /** One link: where it sits (lower first), its label's message key, its path, and who sees it. */
    record Entry(int order, String messageKey, String path, Predicate<Actor> shownTo) {

        public static Entry forEveryone(int order, String messageKey, String path) {
            return new Entry(order, messageKey, path, viewer -> true);
        }
    }

    List<Entry> entries();
}
