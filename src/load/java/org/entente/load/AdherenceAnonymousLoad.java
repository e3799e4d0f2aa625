package org.entente.load;

/** A red-lined read with nobody logged in: a compact's adherence matrix, through sharing. */
public class AdherenceAnonymousLoad extends Reading {

    public AdherenceAnonymousLoad() {
        super("GET /api/v1/compacts/{code}/adherence, anonymous", "/api/v1/compacts/" + COMPACT + "/adherence", null,
                300, 250);
    }
}
