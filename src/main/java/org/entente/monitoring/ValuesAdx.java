package org.entente.monitoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Verified values as ADX (IHE's Aggregate Data Exchange, which DHIS2 imports): one {@code group} per party and period,
 * with the party as {@code orgUnit}, the period as an ISO 8601 start and duration ({@code 2026-07-01/P3M}) and the
 * compact as {@code dataSet}; one {@code dataValue} per value, its breakdown as attributes named by dimension. A value
 * withheld as a small count is left out.
 */
public final class ValuesAdx {

    private ValuesAdx() {
    }

    public static String of(String compact, List<OpenValues.Published> values, Instant exported) {
        Map<String, StringBuilder> groups = new LinkedHashMap<>();
        for (OpenValues.Published published : values) {
            if (published.withheld()) {
                continue;
            }
            Submissions.Value v = published.value();
            StringBuilder group = groups.computeIfAbsent(v.party().value() + "|" + v.period(), k -> new StringBuilder(
                    "  <group orgUnit=\"" + xml(v.party().value()) + "\" period=\"" + period(v.period())
                            + "\" dataSet=\"" + xml(compact) + "\">\n"));
            group.append("    <dataValue dataElement=\"").append(xml(v.indicator())).append('"');
            if (!v.disaggregation().isEmpty()) {
                for (String part : v.disaggregation().split(";")) {
                    String[] pair = part.split("=", 2);
                    group.append(' ').append(pair[0]).append("=\"").append(xml(pair[1])).append('"');
                }
            }
            group.append(" value=\"").append(number(published.amount())).append("\"/>\n");
        }
        StringBuilder adx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"" + exported.truncatedTo(ChronoUnit.SECONDS)
                + "\">\n");
        groups.values().forEach(g -> adx.append(g).append("  </group>\n"));
        return adx.append("</adx>\n").toString();
    }

    /** {@code 2026Q3} as {@code 2026-07-01/P3M}: ADX's start and duration. */
    static String period(String name) {
        ReportingPeriod p = ReportingPeriod.parse(name);
        String duration = switch (p.type()) {
            case YEARLY -> "P1Y";
            case SIX_MONTHLY -> "P6M";
            case QUARTERLY -> "P3M";
            case MONTHLY -> "P1M";
        };
        return p.firstDay() + "/" + duration;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

}
