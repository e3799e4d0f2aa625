package org.entente.platform;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled work that runs on one node at a time when several nodes share the database: {@link #runAlone} takes a
 * named lease in the {@code node_lock} table with one conditional update (it succeeds only where no other node holds
 * an unexpired lease), runs the work, and gives the lease back. A node that dies holding a lease loses it when the
 * lease runs out. The same statements run on PostgreSQL and H2.
 */
@Component
public class NodeLocks {

    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NodeLocks(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs the work if no other node holds the lease of that name; answers whether it ran. */
    public boolean runAlone(String name, Duration lease, Runnable work) {
        Instant now = clock.instant();
        Boolean taken = transactions.execute(status -> {
            jdbc.sql("insert into node_lock (name, held_until, held_by) values (?, ?, ?) on conflict do nothing")
                    .params(name, Timestamp.from(Instant.EPOCH), NODE).update();
            return jdbc.sql("update node_lock set held_until = ?, held_by = ? where name = ? and held_until <= ?")
                    .params(Timestamp.from(now.plus(lease)), NODE, name, Timestamp.from(now)).update() == 1;
        });
        if (!Boolean.TRUE.equals(taken)) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            transactions.executeWithoutResult(status -> jdbc.sql(
                    "update node_lock set held_until = ? where name = ? and held_by = ?")
                    .params(Timestamp.from(clock.instant()), name, NODE).update());
        }
    }
}
