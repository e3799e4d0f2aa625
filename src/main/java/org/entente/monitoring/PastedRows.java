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
        String[] all = text == null ? new String[0] : text.split("\\r?\\n");
        if (all.length > MOST_LINES) {
            throw InvalidInput.coded("rows", "paste at most " + MOST_LINES + " lines", "monitoring.invalid.lines",
                    MOST_LINES);
        }
        List<List<String>> lines = new ArrayList<>();
        for (String line : all) {
            String stripped = line.strip();
            lines.add(stripped.isEmpty() ? List.of() : List.of(stripped.contains("\t") ? stripped.split("\t", -1)
                    : stripped.split(",", -1)));
        }
        return cells(lines, lateReason);
    }

    /**
     * Rows already split into cells, as a spreadsheet holds them: the same columns, the same checks. An empty row is
     * skipped, and so is a first row naming the columns.
     */
    public static Read cells(List<List<String>> all, String lateReason) {
        List<Submissions.ValueRow> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<InvalidInput> problems = new ArrayList<>();
        if (all.size() > MOST_LINES) {
            throw InvalidInput.coded("rows", "send at most " + MOST_LINES + " lines", "monitoring.invalid.lines",
                    MOST_LINES);
        }
        for (int i = 0; i < all.size(); i++) {
            List<String> cells = all.get(i).stream().map(c -> c == null ? "" : c.strip()).toList();
            if (cells.stream().allMatch(String::isEmpty) || (i == 0 && !cells.isEmpty()
                    && cells.get(0).toLowerCase(java.util.Locale.ROOT).startsWith("indicator"))) {
                continue;
            }
            String at = "rows[" + i + "]";
            if (cells.size() < 3 || cells.get(0).isEmpty()) {
                problems.add(InvalidInput.coded(at, "needs an indicator, a breakdown and a value",
                        "monitoring.invalid.row", i + 1));
                continue;
            }
            if (cells.get(2).isEmpty()) {
                // A template's row left empty: nothing to report on that line.
                continue;
            }
            Double value;
            try {
                value = Double.valueOf(cells.get(2).replace('\u00a0', ' ').replace(" ", ""));
            } catch (NumberFormatException e) {
                problems.add(InvalidInput.coded(at, "the value is not a number", "monitoring.invalid.rowValue", i + 1));
                continue;
            }
            Map<String, String> by = new LinkedHashMap<>();
            for (String part : cells.get(1).isEmpty() ? new String[0] : cells.get(1).split(";")) {
                String[] pair = part.split("=", 2);
                by.put(pair[0].strip(), pair.length > 1 ? pair[1].strip() : "");
            }
            rows.add(new Submissions.ValueRow(cells.get(0), by, value, cells.size() > 3 && !cells.get(3).isEmpty()
                    ? cells.get(3) : null, cells.size() > 4 && !cells.get(4).isEmpty() ? cells.get(4) : null,
                    lateReason));
            lines.add(i + 1);
        }
        return new Read(rows, lines, problems);
    }
}
