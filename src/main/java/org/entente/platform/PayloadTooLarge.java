package org.entente.platform;

import java.io.IOException;

/** Raised while reading a request body that exceeds the configured limit. */
class PayloadTooLarge extends IOException {

    PayloadTooLarge(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes.");
    }
}
