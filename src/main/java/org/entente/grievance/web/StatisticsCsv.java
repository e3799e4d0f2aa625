package org.entente.grievance.web;

import org.entente.grievance.GrievanceStatistics;

/**
 * The public statistics as one CSV: a row per published figure, an HXL row under the header. A withheld figure has
 * no value and says why: "fewer than 11" or "withheld to protect another".
 */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static String of(GrievanceStatistics.Statistics s) {
        StringBuilder csv = new StringBuilder("dimension,key,count,amount,currency,status\n");
        csv.append("#indicator+dimension,#indicator+key,#affected+num,#value+recovered,#currency,#status\n");
        for (GrievanceStatistics.Breakdown b : s.all()) {
            if (b.total() != null) {
                row(csv, b.dimension(), b.total());
            }
            b.cells().forEach(c -> row(csv, b.dimension(), c));
        }
        s.recovered().forEach(a -> csv.append("amountRecovered,").append(a.currency()).append(",,")
                .append(a.amount() == null ? "" : a.amount().toPlainString()).append(',').append(a.currency())
                .append(',').append(a.withheld() ? "fewer than 11 cases" : "shown").append('\n'));
        var share = s.resolvedWithin90Days();
        csv.append("resolvedWithin90Days,share,,").append(share.share() == null ? "" : String.format(
                java.util.Locale.ROOT, "%.4f", share.share())).append(",,").append(share.share() == null ? "withheld"
                        : "shown").append('\n');
        return csv.toString();
    }

    private static void row(StringBuilder csv, String dimension, GrievanceStatistics.Cell c) {
        csv.append(dimension).append(',').append(c.key()).append(',')
                .append(c.value() == null ? "" : c.value().toString()).append(",,,")
                .append(c.value() != null ? "shown" : c.small() ? "fewer than 11" : "withheld to protect another")
                .append('\n');
    }
}
