package org.entente.crisis;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Situation-report figures as CSV with an HXL hashtag row, one line per report given, so that humanitarian tools
 * read it without mapping. The classification column is that of the figures section.
 */
public final class FiguresCsv {

    private FiguresCsv() {
    }

    public static String of(Crisis crisis, List<SituationReport> reports) {
        StringBuilder out = new StringBuilder();
        out.append("crisis,report,reporting_party,period_start,period_end,classification");
        KeyFigures.HXL.keySet().forEach(name -> out.append(',').append(name));
        out.append("\r\n#crisis+code,#meta+id,#org+code,#date+start,#date+end,#meta+classification");
        KeyFigures.HXL.values().forEach(tag -> out.append(',').append(tag));
        out.append("\r\n");
        for (SituationReport r : reports) {
            out.append(crisis.code()).append(',').append(r.id()).append(',').append(r.reportingParty().value())
                    .append(',').append(DateTimeFormatter.ISO_INSTANT.format(r.periodStart()))
                    .append(',').append(DateTimeFormatter.ISO_INSTANT.format(r.periodEnd()))
                    .append(',').append(r.classificationOf(SituationReport.Section.FIGURES).name());
            r.figures().byName().values().forEach(v -> out.append(',').append(v == null ? "" : v.toString()));
            out.append("\r\n");
        }
        return out.toString();
    }
}
