package org.entente.shared;

/** The command clashes with the current state: a duplicate code, a stale version, an illegal transition. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
