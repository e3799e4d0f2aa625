package org.entente.shared;

/** The action needs a logged-in user and there is none. */
public class NotAuthenticated extends RuntimeException {

    public NotAuthenticated() {
        super("authentication required");
    }
}
