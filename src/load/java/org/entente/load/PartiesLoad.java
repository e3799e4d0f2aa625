package org.entente.load;

/** A public read: the party directory, anonymous. */
public class PartiesLoad extends Reading {

    public PartiesLoad() {
        super("GET /api/v1/parties", "/api/v1/parties", null, 1000, 100);
    }
}
