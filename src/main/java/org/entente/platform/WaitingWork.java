package org.entente.platform;

import java.util.List;

import org.entente.shared.Actor;

/**
 * What is waiting for a person, for their start page: declarations to accept, reports due, actions mandated to
 * their party, notices to acknowledge, requests to approve, shipments to receive. Each module declares its own as a
 * bean, as it declares its navigation; the start page lists every item with its count and a link to where the work
 * is done. An item counts only what the person may act on.
 */
public interface WaitingWork {

    /**
     * One kind of work in one place: its message key (with the count as {0} and any further arguments), the page
     * where it is done, and whether any of it is past its time.
     */
    record Item(String messageKey, long count, List<Object> args, String link, boolean overdue) {

        public Item {
            args = List.copyOf(args);
        }

        /** The message's arguments: the count first. */
        public Object[] arguments() {
            Object[] all = new Object[args.size() + 1];
            all[0] = count;
            for (int i = 0; i < args.size(); i++) {
                all[i + 1] = args.get(i);
            }
            return all;
        }
    }

    /** What waits for this person; nothing for an anonymous visitor. */
    List<Item> waitingFor(Actor actor);
}
