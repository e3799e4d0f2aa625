package org.entente.shared;

import java.util.OptionalLong;

/**
 * The caller must wait before trying again (after repeated failed logins, or while the solvers' queue is full), and
 * may be told for how long: the answer is 429 with {@code Retry-After}.
 */
public class TooManyAttempts extends RuntimeException {

    private final Long retryAfterSeconds;

    public TooManyAttempts(String message) {
        this(message, null);
    }

    public TooManyAttempts(String message, Long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds == null ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }
}
