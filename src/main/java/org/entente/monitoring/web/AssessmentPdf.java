package org.entente.monitoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.entente.monitoring.ReviewCycles;
import org.entente.party.PartyDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The assessment report as a PDF, in the reader's language, from the same figures as its page. Latin, Cyrillic and
 * Arabic (shaped, right to left) are written with DejaVu Sans, shipped with the application; Chinese needs a CJK font
 * on the server ({@code entente.reports.cjk-font}, a TrueType file or collection), and without one the PDF is written
 * in English, which the page says.
 */
@Component
class AssessmentPdf {

    private final MessageSource messages;
    private final PartyDirectory parties;
    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont cjk;

    AssessmentPdf(MessageSource messages, PartyDirectory parties,
            @Value("${entente.reports.cjk-font:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") String cjkFont) {
        this.messages = messages;
        this.parties = parties;
        this.regular = font("/fonts/DejaVuSans.ttf");
        this.bold = font("/fonts/DejaVuSans-Bold.ttf");
        this.cjk = cjk(cjkFont);
    }

    /** Whether a PDF in this language can be written; otherwise it is written in English. */
    boolean writes(Locale locale) {
        return !"zh".equals(locale.getLanguage()) || cjk != null;
    }

    byte[] render(ReviewCycles.Report report, String compactTitle, Map<String, String> moduleTitles,
            Map<String, String> indicatorNames, Locale asked) {
        Locale locale = writes(asked) ? asked : Locale.ENGLISH;
        Text t = new Text(locale);
        Map<String, String> names = parties.all().stream().collect(Collectors.toMap(p -> p.code().value(),
                p -> p.shortName() == null || p.shortName().isBlank() ? p.name() : p.shortName(), (a, b) -> a));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(report.cycle().title());
        document.open();
        var cycle = report.cycle();
        block(document, t.bold(cycle.title(), 16), t);
        block(document, t.plain(compactTitle + " · " + t.msg("review.cycle.sitsOn") + " " + t.date(cycle.sitsOn()), 10), t);
        block(document, t.plain(cycle.publishedAt() == null ? t.msg("review.cycle.draftNotice")
                : t.msg("review.cycle.publishedOn", t.date(LocalDate.ofInstant(cycle.publishedAt(), ZoneOffset.UTC))), 10), t);
        if (cycle.summary() != null) {
            block(document, t.plain(cycle.summary(), 11), t);
        }
        block(document, t.bold(t.msg("review.report.coverage"), 13), t);
        PdfPTable coverage = table(t, 2.2f, 2.5f, 1.4f, 1.4f, 1.2f, 1.2f);
        header(coverage, t, "account.party", "monitoring.module", "review.report.onTime", "review.report.verified",
                "review.report.itemsOpen", "review.report.actionsOverdue");
        for (ReviewCycles.Coverage c : report.coverage()) {
            cells(coverage, t, names.getOrDefault(c.party().value(), c.party().value()),
                    moduleTitles.getOrDefault(c.module(), c.module()), t.msg("review.report.of", c.onTime(), c.owed()),
                    t.msg("review.report.of", c.verified(), c.reported()), String.valueOf(c.itemsOpen()),
                    String.valueOf(c.actionsOverdue()));
        }
        document.add(coverage);
        block(document, t.bold(t.msg("review.report.targets"), 13), t);
        PdfPTable rows = table(t, 1.6f, 2f, 3f, 1.1f, 1.4f, 1.6f, 1.6f, 1.2f, 1.1f);
        header(rows, t, "account.party", "monitoring.module", "monitoring.indicator", "review.report.baseline",
                "review.report.target", "review.report.latest", "review.report.previous", "review.report.trend",
                "review.report.onTrack");
        for (ReviewCycles.Row r : report.rows()) {
            cells(rows, t, names.getOrDefault(r.party().value(), r.party().value()),
                    moduleTitles.getOrDefault(r.module(), r.module()),
                    indicatorNames.getOrDefault(r.indicator(), r.indicator()), t.number(r.baseline()),
                    r.target() == null ? "—" : t.number(r.target()) + (r.targetDate() == null ? ""
                            : " (" + t.date(r.targetDate()) + ")"),
                    r.latestValue() == null ? "—" : t.number(r.latestValue()) + " (" + r.latestPeriod() + ")",
                    r.previousValue() == null ? "—" : t.number(r.previousValue()) + " (" + r.previousPeriod() + ")",
                    t.msg("trend." + r.trend().name()), r.onTrack() == null ? "—"
                            : t.msg(r.onTrack() ? "review.report.yes" : "review.report.no"));
        }
        document.add(rows);
        block(document, t.bold(t.msg("review.report.findings"), 13), t);
        if (report.findings().isEmpty()) {
            block(document, t.plain(t.msg("review.report.noFindings"), 10), t);
        }
        for (ReviewCycles.Finding f : report.findings()) {
            block(document, t.bold(names.getOrDefault(f.party().value(), f.party().value()) + " · "
                    + moduleTitles.getOrDefault(f.module(), f.module()), 11), t);
            block(document, t.plain(f.text(), 10), t);
            if (!f.actions().isEmpty()) {
                PdfPTable actions = table(t, 4f, 1.6f, 1.3f, 1.3f);
                header(actions, t, "action.title", "action.responsible", "action.deadline", "action.statusLabel");
                for (ReviewCycles.Action a : f.actions()) {
                    cells(actions, t, a.title(), names.getOrDefault(a.responsible().value(), a.responsible().value()),
                            t.date(a.deadline()), t.msg("action.status." + a.status(report.today()).name()));
                }
                document.add(actions);
            }
        }
        block(document, t.bold(t.msg("review.report.items"), 13), t);
        if (report.items().isEmpty()) {
            block(document, t.plain(t.msg("review.report.noItems"), 10), t);
        }
        for (var i : report.items()) {
            block(document, t.plain(names.getOrDefault(i.party().value(), i.party().value()) + " · "
                    + moduleTitles.getOrDefault(i.module(), i.module())
                    + (i.indicator() == null ? "" : " · " + indicatorNames.getOrDefault(i.indicator(), i.indicator()))
                    + (i.period() == null ? "" : " · " + i.period()) + " — " + i.ruleName(), 10), t);
        }
        block(document, t.plain(t.msg("review.report.how"), 8), t);
        document.close();
        return out.toByteArray();
    }

    /** Words, numbers and dates in the report's language, set in the fonts that have their letters. */
    private final class Text {

        final Locale locale;
        final boolean rtl;

        Text(Locale locale) {
            this.locale = locale;
            this.rtl = "ar".equals(locale.getLanguage());
        }

        String msg(String key, Object... args) {
            return messages.getMessage(key, args.length == 0 ? null : args, key, locale);
        }

        String number(Double value) {
            if (value == null) {
                return "—";
            }
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(2);
            return f.format(value);
        }

        String date(LocalDate day) {
            return day == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
        }

        Phrase plain(String text, float size) {
            return phrase(text, regular, size);
        }

        Phrase bold(String text, float size) {
            return phrase(text, bold, size);
        }

        private Phrase phrase(String text, BaseFont base, float size) {
            FontSelector selector = new FontSelector();
            selector.addFont(new Font(base, size));
            if (cjk != null) {
                selector.addFont(new Font(cjk, size));
            }
            return selector.process(text == null ? "" : text);
        }
    }

    private static void block(Document document, Phrase phrase, Text t) {
        PdfPTable table = table(t, 1f);
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(0);
        cell.setPaddingBottom(6);
        cell.setRunDirection(t.rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        table.addCell(cell);
        document.add(table);
    }

    private static PdfPTable table(Text t, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        table.setHeaderRows(widths.length > 1 ? 1 : 0);
        table.setRunDirection(t.rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        return table;
    }

    private static void header(PdfPTable table, Text t, String... keys) {
        for (String key : keys) {
            PdfPCell cell = new PdfPCell(t.bold(t.msg(key), 9));
            cell.setBackgroundColor(new java.awt.Color(0xEE, 0xEE, 0xEE));
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private static void cells(PdfPTable table, Text t, String... texts) {
        for (String text : texts) {
            PdfPCell cell = new PdfPCell(t.plain(text, 9));
            cell.setPadding(4);
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = AssessmentPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the application");
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont cjk(String path) {
        if (path == null || path.isBlank() || !Files.isReadable(Path.of(path))) {
            return null;
        }
        try {
            return BaseFont.createFont(path.endsWith(".ttc") ? path + ",0" : path, BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

}
