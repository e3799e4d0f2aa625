package org.entente.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.shared.InvalidInput;

/**
 * Rows pasted from a spreadsheet (tab-separated, as a spreadsheet copies them) or typed as CSV: indicator, breakdown
 * ({@code SEX=F}, or {@code SEX=F;AGE_GROUP=15-24}, or empty for the total), value, source, comment. A first line
 * naming the columns is skipped. A row that cannot be read is a problem at its line, counted from 1.
 */
public final class PastedRows {

    public static final int MOST_LINES = 5_000;

    public record Read(List<Submissions.ValueRow> rows, List<Integer> lines, List<InvalidInput> problems) {
    }

    private PastedRows() {
    }

    public static Read read(String text, String lateReason) {
        List<Submissions.ValueRow> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<InvalidInput> problems = new ArrayList<>();
        String[] all = text == null ? new String[0] : text.split("\\r?\\n");
        if (all.length > MOST_LINES) {
            throw InvalidInput.coded("rows", "paste at most " + MOST_LINES + " lines", "monitoring.invalid.lines",
                    MOST_LINES);
        }
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("indicator"))) {
                continue;
            }
            String[] cells = line.contains("\t") ? line.split("\t", -1) : line.split(",", -1);
            String at = "rows[" + i + "]";
            if (cells.length < 3) {
                problems.add(InvalidInput.coded(at, "needs an indicator, a breakdown and a value",
                        "monitoring.invalid.row", i + 1));
                continue;
            }
            Double value;
            try {
                value = Double.valueOf(cells[2].strip().replace(" ", ""));
            } catch (NumberFormatException e) {
                problems.add(InvalidInput.coded(at, "the value is not a number", "monitoring.invalid.rowValue", i + 1));
                continue;
            }
            Map<String, String> by = new LinkedHashMap<>();
            for (String part : cells[1].strip().isEmpty() ? new String[0] : cells[1].strip().split(";")) {
                String[] pair = part.split("=", 2);
                by.put(pair[0].strip(), pair.length > 1 ? pair[1].strip() : "");
            }
            rows.add(new Submissions.ValueRow(cells[0].strip(), by, value, cells.length > 3 ? cells[3].strip() : null,
                    cells.length > 4 ? cells[4].strip() : null, lateReason));
            lines.add(i + 1);
        }
        return new Read(rows, lines, problems);
    }
}
