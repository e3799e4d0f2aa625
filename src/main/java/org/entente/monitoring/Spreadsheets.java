package org.entente.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.shared.InvalidInput;

/**
 * Reported values in a spreadsheet: the template of one party's period (XLSX, one row per value owed, in the columns
 * of pasted rows: indicator, breakdown, value, source, comment, and what the indicator is), and a filled-in template
 * or a CSV file read back into rows for {@link PastedRows}, so that every way in meets the same checks.
 */
public final class Spreadsheets {

    /** Larger than any template a party fills in; a file past it is refused before it is read. */
    public static final long MOST_BYTES = 2_000_000;

    /** A line of the template: an indicator owed, the value already reported if any, and what to call it. */
    public record Line(String indicator, String breakdown, Double value, String source, String name, String note) {
    }

    /** The template's words, in the reader's language. */
    public record Words(String sheet, List<String> headers, String about, List<String> aboutLines) {
    }

    private Spreadsheets() {
    }

    /** An XLSX template: the values sheet to fill in, and a sheet saying what it is for. */
    public static byte[] template(List<Line> lines, Words words) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet values = book.createSheet(words.sheet());
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = values.createRow(0);
            for (int c = 0; c < words.headers().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(words.headers().get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (Line line : lines) {
                Row row = values.createRow(r++);
                row.createCell(0).setCellValue(line.indicator());
                row.createCell(1).setCellValue(line.breakdown() == null ? "" : line.breakdown());
                if (line.value() != null) {
                    row.createCell(2).setCellValue(line.value());
                } else {
                    row.createCell(2, CellType.BLANK);
                }
                row.createCell(3).setCellValue(line.source() == null ? "" : line.source());
                row.createCell(4).setCellValue("");
                row.createCell(5).setCellValue(line.name() + (line.note() == null ? "" : " — " + line.note()));
            }
            int[] widths = {26, 28, 14, 30, 30, 70};
            for (int c = 0; c < widths.length; c++) {
                values.setColumnWidth(c, widths[c] * 256);
            }
            values.createFreezePane(0, 1);
            Sheet about = book.createSheet(words.about());
            int a = 0;
            for (String text : words.aboutLines()) {
                about.createRow(a++).createCell(0).setCellValue(text);
            }
            about.setColumnWidth(0, 120 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of an uploaded file, cell by cell as text: the first sheet of an XLSX workbook, or a CSV (comma- or
     * tab-separated) file. A file that is neither is refused at the field {@code file}.
     */
    public static List<List<String>> rows(String filename, InputStream in) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            byte[] bytes = in.readNBytes((int) MOST_BYTES + 1);
            if (bytes.length > MOST_BYTES) {
                throw InvalidInput.coded("file", "is larger than " + MOST_BYTES / 1_000_000 + " MB",
                        "monitoring.invalid.fileSize", MOST_BYTES / 1_000_000);
            }
            if (bytes.length == 0) {
                throw InvalidInput.coded("file", "choose a file", "monitoring.invalid.file");
            }
            // An XLSX file is a ZIP archive: it starts with PK.
            if (name.endsWith(".xlsx") || (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K')) {
                return xlsx(bytes);
            }
            if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
                List<List<String>> rows = new ArrayList<>();
                for (String line : new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\\r?\\n")) {
                    rows.add(line.isBlank() ? List.of() : List.of(line.contains("\t") ? line.split("\t", -1)
                            : line.split(",", -1)));
                }
                return rows;
            }
            throw InvalidInput.coded("file", "send the XLSX template or a CSV file", "monitoring.invalid.file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > PastedRows.MOST_LINES) {
                throw InvalidInput.coded("file", "send at most " + PastedRows.MOST_LINES + " lines",
                        "monitoring.invalid.lines", PastedRows.MOST_LINES);
            }
            // The first row names the columns, in the reader's language: kept empty, so lines keep their numbers.
            rows.add(List.of());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < 5; c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC
                            || (cell.getCellType() == CellType.FORMULA
                                    && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
                        // The number itself, not as the sheet displays it (1,250 or 12.5 %).
                        cells.add(Double.toString(cell.getNumericCellValue()));
                    } else {
                        cells.add(text.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw InvalidInput.coded("file", "could not be read as a spreadsheet", "monitoring.invalid.file");
        }
    }
}
