package org.entente.logistics.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.entente.platform.PerPage;

/**
 * Commodities and places by name where a person reads: {@code @logisticsNames.commodity('WATER_KIT')} is "Household
 * water kit", {@code @logisticsNames.place('XCO-WH-PA')} is "Puerto Alto Central Warehouse". Only pages that already
 * show the code to their reader call it. The names are read once per page, so a page of fifty names costs two
 * queries and never shows a stale name.
 */
@Component("logisticsNames")
public class LogisticsNames {

    private final JdbcClient jdbc;

    LogisticsNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The commodity's name, or its code when the catalogue has none. */
    public String commodity(String code) {
        return code == null ? "—" : PerPage.memo("logistics.commodities", () -> read("select code, name from commodity"))
                .getOrDefault(code, code);
    }

    /** The place's name, or its code when the network has none. */
    public String place(String code) {
        return code == null ? "—" : PerPage.memo("logistics.places", () -> read("select code, name from logistics_node"))
                .getOrDefault(code, code);
    }

    private Map<String, String> read(String sql) {
        return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
