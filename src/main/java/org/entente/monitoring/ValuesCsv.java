package org.entente.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.compact.Dimension;

/**
 * Verified values as CSV, one line per value, with a row of HXL hashtags under the header so that humanitarian tools
 * read the columns without a mapping: {@code #indicator+code}, {@code #country+code}, {@code #date+period},
 * {@code #value}, {@code #status}, {@code #date+verified}, and a tag per disaggregation dimension. A count withheld
 * as a small count has no value and the status {@code WITHHELD}.
 */
public final class ValuesCsv {

    /** The HXL tag of each dimension's column. */
    static final Map<Dimension, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put(Dimension.SEX, "#meta+sex");
        TAGS.put(Dimension.AGE_GROUP, "#meta+age");
        TAGS.put(Dimension.SECTOR, "#sector");
        TAGS.put(Dimension.CORRIDOR, "#meta+corridor");
        TAGS.put(Dimension.MIGRATORY_STATUS, "#meta+migratory_status");
    }

    private ValuesCsv() {
    }

    public static String of(List<OpenValues.Published> values) {
        StringBuilder csv = new StringBuilder("indicator,party,period,");
        TAGS.keySet().forEach(d -> csv.append(d.name().toLowerCase(java.util.Locale.ROOT)).append(','));
        csv.append("value,status,verified_at\n#indicator+code,#country+code,#date+period,");
        TAGS.values().forEach(t -> csv.append(t).append(','));
        csv.append("#value,#status,#date+verified\n");
        for (OpenValues.Published published : values) {
            Submissions.Value v = published.value();
            Map<String, String> categories = new LinkedHashMap<>();
            if (!v.disaggregation().isEmpty()) {
                for (String part : v.disaggregation().split(";")) {
                    String[] pair = part.split("=", 2);
                    categories.put(pair[0], pair[1]);
                }
            }
            csv.append(cell(v.indicator())).append(',').append(cell(v.party().value())).append(',')
                    .append(cell(v.period())).append(',');
            TAGS.keySet().forEach(d -> csv.append(cell(categories.getOrDefault(d.name(), ""))).append(','));
            csv.append(published.withheld() ? "" : number(published.amount())).append(',')
                    .append(published.withheld() ? "WITHHELD" : v.status().name()).append(',')
                    .append(v.verifiedAt() == null ? "" : v.verifiedAt().toString().substring(0, 10)).append('\n');
        }
        return csv.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A cell, quoted where it holds a comma, a quote or a line break; a leading formula sign is defused. */
    private static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
