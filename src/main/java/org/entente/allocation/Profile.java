package org.entente.allocation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine's profile (times of each phase), logged when the system property {@code allocation.profile} is set. */
final class Profile {

    private static final Logger LOG = LoggerFactory.getLogger("org.entente.allocation.profile");

    private Profile() {
    }

    static void log(String format, Object... args) {
        if (LOG.isInfoEnabled()) {
            LOG.info(String.format(java.util.Locale.ROOT, format, args).stripTrailing());
        }
    }
}
