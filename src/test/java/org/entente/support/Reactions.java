package org.entente.support;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Event listeners run after the publishing transaction commits, on another thread. A test that reads what a reaction
 * did first waits until every publication so far is complete.
 */
public final class Reactions {

    private Reactions() {
    }

    public static void await(JdbcClient jdbc) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class).single() == 0);
    }
}
