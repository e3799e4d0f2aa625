package org.entente.logistics.web;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
        return code == null ? "—" : perPage("commodity", () -> read("select code, name from commodity"))
                .getOrDefault(code, code);
    }

    /** The place's name, or its code when the network has none. */
    public String place(String code) {
        return code == null ? "—" : perPage("place", () -> read("select code, name from logistics_node"))
                .getOrDefault(code, code);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> perPage(String kind, Supplier<Map<String, String>> read) {
        RequestAttributes page = RequestContextHolder.getRequestAttributes();
        if (page == null) {
            return read.get();
        }
        String key = LogisticsNames.class.getName() + "." + kind;
        Object known = page.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = read.get();
            page.setAttribute(key, known, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, String>) known;
    }

    private Map<String, String> read(String sql) {
        return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
