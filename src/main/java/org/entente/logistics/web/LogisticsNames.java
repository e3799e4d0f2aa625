package org.entente.logistics.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Commodities and places by name where a person reads: {@code @logisticsNames.commodity('WATER_KIT')} is "Water
 * kit", {@code @logisticsNames.place('XCO-WH-PA')} is "Puerto Alto warehouse". Only pages that already show the code
 * to their reader call it. Names are read again once a minute, or at once when a code is not known yet.
 */
@Component("logisticsNames")
public class LogisticsNames {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Map<String, String> commodities = Map.of();
    private volatile Map<String, String> places = Map.of();
    private volatile Instant readAt = Instant.MIN;

    LogisticsNames(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The commodity's name, or its code when the catalogue has none. */
    public String commodity(String code) {
        fresh(code, false);
        return code == null ? "—" : commodities.getOrDefault(code, code);
    }

    /** The place's name, or its code when the network has none. */
    public String place(String code) {
        fresh(code, true);
        return code == null ? "—" : places.getOrDefault(code, code);
    }

    /** Reads the names again once a minute, or at once for a code added since (at most once a second). */
    private void fresh(String code, boolean place) {
        Instant now = clock.instant();
        boolean unknown = code != null && !(place ? places : commodities).containsKey(code)
                && readAt.plusSeconds(1).isBefore(now);
        if (unknown || readAt.plus(FRESH_FOR).isBefore(now)) {
            commodities = read("select code, name from commodity");
            places = read("select code, name from logistics_node");
            readAt = now;
        }
    }

    private Map<String, String> read(String sql) {
        return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
