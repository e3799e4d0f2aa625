package org.entente.shared;

/** The caller must wait before trying again (after repeated failed logins, for example). */
public class TooManyAttempts extends RuntimeException {

    public TooManyAttempts(String message) {
        super(message);
    }
}
