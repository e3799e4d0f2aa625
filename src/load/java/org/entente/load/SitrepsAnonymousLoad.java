package org.entente.load;

/** A red-lined read with nobody logged in: a crisis's situation reports, through sharing. */
public class SitrepsAnonymousLoad extends Reading {

    public SitrepsAnonymousLoad() {
        super("GET /api/v1/crises/{id}/sitreps, anonymous", "/api/v1/crises/" + CRISIS + "/sitreps", null, 300, 250);
    }
}
