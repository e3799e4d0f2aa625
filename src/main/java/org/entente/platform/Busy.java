package org.entente.platform;

import java.sql.SQLTransientConnectionException;

/** Tells a pool that had no connection to give in time from other database failures. */
final class Busy {

    static final String RETRY_AFTER_SECONDS = "1";

    private Busy() {
    }

    static boolean isBusy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
