package org.entente.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Public figures computed from the stored values when read, and kept only while what they are made of is unchanged:
 * each compact has a data version that every write raises in its own transaction ({@link #changed}, an insert, so
 * writers never wait on one another); a figure kept
 * for an older version, an earlier day (dues move with the date) or longer than {@link #AT_MOST} (for changes made
 * outside monitoring, such as a compact's text) is computed again. Checking costs one indexed read, so figures are
 * live on every node of a cluster, and nothing is ever rebuilt in a batch.
 */
@Component
public class LiveFigures {

    static final Duration AT_MOST = Duration.ofMinutes(5);

    private record Kept(long version, LocalDate day, Instant at, Object value) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;

    LiveFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Raises the compact's data version; call it in the transaction that writes. */
    void changed(String compact) {
        // Only ever an insert: two writers of the same compact never wait on each other's row lock.
        jdbc.sql("insert into monitoring_change (compact) values (?)").param(compact).update();
    }

    /** The figure named {@code name} of a compact, computed again only if its data changed since it was kept. */
    @SuppressWarnings("unchecked")
    public <T> T of(String compact, String name, Supplier<T> compute) {
        // How many changes there have been, not the latest id: an id given to a write that commits late is counted.
        long version = jdbc.sql("select count(*) from monitoring_change where compact = ?").param(compact)
                .query(Long.class).single();
        Instant now = clock.instant();
        LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate();
        String key = compact + "|" + name;
        Kept k = kept.get(key);
        if (k != null && k.version() == version && k.day().equals(day) && !now.isBefore(k.at())
                && now.isBefore(k.at().plus(AT_MOST))) {
            return (T) k.value();
        }
        T value = compute.get();
        kept.put(key, new Kept(version, day, now, value));
        return value;
    }
}
