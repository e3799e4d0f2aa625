package org.entente.monitoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.entente.monitoring.Channel;
import org.entente.monitoring.PastedRows;
import org.entente.monitoring.ReportingCalendar;
import org.entente.monitoring.ReportingPeriod;
import org.entente.monitoring.Spreadsheets;
import org.entente.monitoring.Submissions;
import org.entente.monitoring.Verdict;
import org.entente.platform.PageCommand;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporting inbox of a focal point (what is due, overdue and disputed, per compact and period), the form that
 * reports one period's values, and a monitor's queue of submissions with the form that verifies or disputes one.
 */
@Controller
class MonitoringPages {

    private final ReportingCalendar calendar;
    private final Submissions submissions;
    private final org.entente.monitoring.Scorecard scorecard;
    private final org.entente.monitoring.OpenValues openValues;

    private final org.entente.monitoring.ReviewCycles cycles;
    private final org.springframework.context.MessageSource messages;
    private final CompactNames names;
    private final org.entente.monitoring.Evidence evidence;
    private final org.entente.monitoring.Compliance compliance;
    private final org.entente.monitoring.LiveFigures figures;

    MonitoringPages(ReportingCalendar calendar, Submissions submissions, org.entente.monitoring.Scorecard scorecard,
            org.entente.monitoring.OpenValues openValues, org.entente.monitoring.ReviewCycles cycles,
            org.springframework.context.MessageSource messages, CompactNames names,
            org.entente.monitoring.Evidence evidence, org.entente.monitoring.Compliance compliance,
            org.entente.monitoring.LiveFigures figures) {
        this.figures = figures;
        this.compliance = compliance;
        this.names = names;
        this.evidence = evidence;
        this.cycles = cycles;
        this.messages = messages;
        this.openValues = openValues;
        this.calendar = calendar;
        this.submissions = submissions;
        this.scorecard = scorecard;
    }

    /** One period a party owes, with its obligations: a row of the inbox. */
    record PeriodDue(String compact, PartyCode party, ReportingPeriod period, List<ReportingCalendar.Obligation> owed,
            ReportingCalendar.State worst) {
    }

    @GetMapping("/monitoring")
    String inbox(Actor actor, Model model) {
        List<PeriodDue> periods = new ArrayList<>();
        for (String party : actor.partiesWith(Role.FOCAL_POINT)) {
            PartyCode code = PartyCode.of(party);
            for (String compact : calendar.compactsOf(code)) {
                Map<ReportingPeriod, List<ReportingCalendar.Obligation>> byPeriod = new LinkedHashMap<>();
                calendar.obligations(compact, code).forEach(o -> byPeriod.computeIfAbsent(o.period(),
                        p -> new ArrayList<>()).add(o));
                byPeriod.forEach((period, owed) -> periods.add(new PeriodDue(compact, code, period, owed,
                        owed.stream().map(ReportingCalendar.Obligation::state).min(MonitoringPages::byUrgency)
                                .orElseThrow())));
            }
        }
        model.addAttribute("periods", periods);
        model.addAttribute("queue", submissions.awaitingVerification(actor));
        model.addAttribute("monitors", !actor.partiesWith(Role.MONITOR).isEmpty());
        model.addAttribute("reports", !actor.partiesWith(Role.FOCAL_POINT).isEmpty());
        model.addAttribute("compacts", periods.stream().map(PeriodDue::compact).distinct().toList());
        List<org.entente.monitoring.ReviewCycles.Action> actions = new ArrayList<>();
        actor.partiesWith(Role.FOCAL_POINT).forEach(p -> actions.addAll(cycles.pendingFor(PartyCode.of(p))));
        Map<Long, org.entente.monitoring.ReviewCycles.Cycle> cycleOf = new java.util.HashMap<>();
        actions.forEach(a -> cycleOf.computeIfAbsent(a.cycleId(), cycles::get));
        model.addAttribute("progressBy", ReviewCyclePages.progressBy(actor));
        model.addAttribute("actions", actions);
        model.addAttribute("cycleOf", cycleOf);
        model.addAttribute("today", calendar.today());
        model.addAttribute("progressChoices", List.of(org.entente.monitoring.ReviewCycles.ActionStatus.IN_PROGRESS,
                org.entente.monitoring.ReviewCycles.ActionStatus.DONE));
        return "monitoring/inbox";
    }

    /** Disputed first, then overdue, due, missed and reported. */
    private static int byUrgency(ReportingCalendar.State a, ReportingCalendar.State b) {
        List<ReportingCalendar.State> order = List.of(ReportingCalendar.State.DISPUTED, ReportingCalendar.State.OVERDUE,
                ReportingCalendar.State.DUE, ReportingCalendar.State.MISSED, ReportingCalendar.State.REPORTED);
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    @GetMapping("/monitoring/compacts/{compact}/parties/{party}/periods/{period}")
    String form(Actor actor, @PathVariable String compact, @PathVariable String party, @PathVariable String period,
            Model model) {
        PartyCode code = PartyCode.of(party);
        actor.requireRoleFor(code, Role.FOCAL_POINT);
        ReportingPeriod p = ReportingPeriod.parse(period);
        List<ReportingCalendar.Obligation> owed = calendar.obligations(compact, code).stream()
                .filter(o -> o.period().equals(p)).toList();
        model.addAttribute("compact", compact);
        model.addAttribute("party", code);
        model.addAttribute("period", p);
        model.addAttribute("owed", owed);
        model.addAttribute("late", calendar.today().isAfter(p.dueOn()));
        model.addAttribute("history", submissions.ofParty(actor, compact, code).stream()
                .filter(s -> s.period().equals(p.toString())).toList());
        return "monitoring/report";
    }

    /**
     * The form's values, all or none: a dry run first, and only a submission without a conflict is written, so what
     * was typed comes back whole with each problem at its field.
     */
    @PostMapping("/monitoring/reports")
    String report(Actor actor, @RequestParam String compact, @RequestParam String party, @RequestParam String period,
            HttpServletRequest form, RedirectAttributes redirect) {
        org.entente.shared.Classification restriction = restriction(form.getParameter("restricted"));
        String page = "/monitoring/compacts/" + compact + "/parties/" + PartyCode.of(party).value() + "/periods/"
                + ReportingPeriod.parse(period);
        String[] indicators = form.getParameterValues("indicator");
        List<Submissions.ValueRow> rows = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<InvalidInput> found = new ArrayList<>();
        for (int i = 0; indicators != null && i < indicators.length; i++) {
            String typed = form.getParameter("values[" + i + "].value");
            if (typed == null || typed.isBlank()) {
                continue;
            }
            Double value = org.entente.platform.FormFields.decimal(typed, "values[" + i + "].value", found);
            if (value == null) {
                continue;
            }
            rows.add(new Submissions.ValueRow(indicators[i], Map.of(), value, form.getParameter("values[" + i + "].source"),
                    form.getParameter("values[" + i + "].comment"), form.getParameter("lateReason")));
            positions.add(i);
        }
        return PageCommand.run(redirect, "monitoring.reported", () -> {
            if (rows.isEmpty() && found.isEmpty()) {
                throw InvalidInput.coded("", "enter at least one value", "monitoring.invalid.empty");
            }
            if (!rows.isEmpty()) {
                Submissions.Submission submission = new Submissions.Submission(compact, party, period, rows, true,
                        restriction);
                Submissions.ImportSummary trial = submissions.submit(actor, submission, Channel.FORM);
                trial.conflicts().forEach(c -> found.add(new InvalidInput(List.of(new InvalidInput.FieldProblem(
                        c.field().equals("lateReason") ? "lateReason" : "values[" + positions.get(c.index()) + "]."
                                + (c.field().equals("indicator") || c.field().equals("period") ? "value" : c.field()),
                        c.message(), c.code(), c.args())))));
                InvalidInput.throwIfAny(found);
                submissions.submit(actor, new Submissions.Submission(compact, party, period, rows, false, restriction),
                        Channel.FORM);
            } else {
                InvalidInput.throwIfAny(found);
            }
        }, page);
    }

    /**
     * Rows pasted from a spreadsheet, through the same checks: a dry run shows the import summary without writing;
     * otherwise the good rows are written and each bad one named by its line.
     */
    @PostMapping("/monitoring/imports")
    String paste(Actor actor, @RequestParam String compact, @RequestParam String party, @RequestParam String period,
            @RequestParam(required = false) String rows, @RequestParam(required = false) String dryRun,
            @RequestParam(required = false) String lateReason, @RequestParam(required = false) String restricted,
            RedirectAttributes redirect) {
        return importRows(actor, compact, party, period, dryRun != null, restriction(restricted), redirect, "#paste",
                () -> PastedRows.read(rows, blankToNull(lateReason)), "rows");
    }

    /** The period's XLSX template: one row per value owed, with what was already reported, in the pasted columns. */
    @GetMapping("/monitoring/compacts/{compact}/parties/{party}/periods/{period}/template.xlsx")
    org.springframework.http.ResponseEntity<byte[]> template(Actor actor, @PathVariable String compact,
            @PathVariable String party, @PathVariable String period, java.util.Locale locale) {
        PartyCode code = PartyCode.of(party);
        actor.requireRoleFor(code, Role.FOCAL_POINT);
        ReportingPeriod p = ReportingPeriod.parse(period);
        Map<String, Submissions.Value> reported = new java.util.HashMap<>();
        submissions.valuesOf(actor, compact, code, p.toString()).forEach(v -> reported.put(v.indicator() + "|"
                + v.disaggregation(), v));
        List<Spreadsheets.Line> lines = new ArrayList<>();
        for (ReportingCalendar.Obligation o : calendar.obligations(compact, code)) {
            if (!o.period().equals(p)) {
                continue;
            }
            var indicator = o.indicator();
            Submissions.Value before = reported.get(indicator.code() + "|");
            String dims = indicator.dimensionList().isEmpty() ? null : messages.getMessage("monitoring.template.breakdowns",
                    new Object[] {String.join(", ", indicator.dimensionList().stream().map(Enum::name).toList())},
                    locale);
            lines.add(new Spreadsheets.Line(indicator.code(), "", before == null ? null : before.amount(),
                    before == null ? indicator.dataSource() : before.source(), indicator.name(), dims));
            reported.values().stream().filter(v -> v.indicator().equals(indicator.code())
                    && !v.disaggregation().isEmpty()).forEach(v -> lines.add(new Spreadsheets.Line(v.indicator(),
                    v.disaggregation(), v.amount(), v.source(), indicator.name(), null)));
        }
        List<String> headers = java.util.stream.Stream.of("indicator", "breakdown", "value", "source", "comment",
                "what").map(k -> messages.getMessage("monitoring.template.column." + k, null, locale)).toList();
        byte[] body = Spreadsheets.template(lines, new Spreadsheets.Words(
                messages.getMessage("monitoring.template.sheet", null, locale), headers,
                messages.getMessage("monitoring.template.about", null, locale), List.of(
                        messages.getMessage("monitoring.template.for", new Object[] {compact, code.value(),
                                p.toString(), p.dueOn().toString()}, locale),
                        messages.getMessage("monitoring.template.how1", null, locale),
                        messages.getMessage("monitoring.template.how2", null, locale),
                        messages.getMessage("monitoring.template.how3", null, locale))));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                        + compact + "-" + code.value() + "-" + p + ".xlsx\"")
                .body(body);
    }

    /** A filled-in template (or a CSV file) uploaded: the same checks and the same summary as pasted rows. */
    @PostMapping("/monitoring/uploads")
    String upload(Actor actor, @RequestParam String compact, @RequestParam String party, @RequestParam String period,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            @RequestParam(required = false) String dryRun, @RequestParam(required = false) String lateReason,
            @RequestParam(required = false) String restricted, RedirectAttributes redirect) {
        return importRows(actor, compact, party, period, dryRun != null, restriction(restricted), redirect, "#upload",
                () -> {
            if (file == null || file.isEmpty()) {
                throw InvalidInput.coded("file", "choose a file", "monitoring.invalid.file");
            }
            try (var in = file.getInputStream()) {
                return PastedRows.cells(Spreadsheets.rows(file.getOriginalFilename(), in), blankToNull(lateReason));
            } catch (java.io.IOException e) {
                throw InvalidInput.coded("file", "could not be read", "monitoring.invalid.file");
            }
        }, "file");
    }

    private String importRows(Actor actor, String compact, String party, String period, boolean dryRun,
            org.entente.shared.Classification restriction, RedirectAttributes redirect, String anchor,
            java.util.function.Supplier<PastedRows.Read> reading, String field) {
        String page = "/monitoring/compacts/" + compact + "/parties/" + PartyCode.of(party).value() + "/periods/"
                + ReportingPeriod.parse(period) + anchor;
        return PageCommand.run(redirect, dryRun ? "monitoring.checked" : "monitoring.imported", () -> {
            PastedRows.Read read = reading.get();
            if (read.rows().isEmpty()) {
                InvalidInput.throwIfAny(read.problems());
                throw InvalidInput.coded(field, "send at least one row with a value", "monitoring.invalid.empty");
            }
            Submissions.ImportSummary summary = submissions.submit(actor, new Submissions.Submission(compact, party,
                    period, read.rows(), dryRun, restriction), Channel.SPREADSHEET);
            // Each problem with the line it is on (0 where the problem names its line itself).
            List<Map.Entry<Integer, InvalidInput.FieldProblem>> problems = new ArrayList<>();
            read.problems().forEach(p -> p.problems().forEach(f -> problems.add(
                    new java.util.AbstractMap.SimpleImmutableEntry<>(0, f))));
            summary.conflicts().forEach(c -> problems.add(new java.util.AbstractMap.SimpleImmutableEntry<>(
                    read.lines().get(c.index()), new InvalidInput.FieldProblem(c.field(), c.message(), c.code(),
                            c.args()))));
            redirect.addFlashAttribute("importSummary", summary);
            redirect.addFlashAttribute("lineProblems", problems);
        }, page);
    }

    /** A ticked "restricted until verified" box. */
    private static org.entente.shared.Classification restriction(String ticked) {
        return ticked == null || ticked.isBlank() ? org.entente.shared.Classification.PUBLIC
                : org.entente.shared.Classification.RESTRICTED;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The public scorecard of a compact. */
    @GetMapping("/compacts/{code}/scorecard")
    String scorecard(Actor actor, @PathVariable String code, @RequestParam(required = false) Integer parties,
            Model model, java.util.Locale locale) {
        var n = names.of(actor, code);
        var card = scorecard.of(code);
        model.addAttribute("code", code);
        model.addAttribute("compactTitle", n.title());
        model.addAttribute("moduleTitles", n.modules());
        model.addAttribute("indicators", n.all());
        model.addAttribute("card", card);
        var slice = org.entente.platform.PageSlice.of(card.rows(), parties, PARTIES_PER_PAGE);
        model.addAttribute("rows", slice);
        // Each cell's lines written once per data version, language and page: 20 parties by 8 modules is 640 sentences.
        Map<String, List<String>> lines = figures.of(code, "scorecard-lines:" + locale.toLanguageTag() + ":"
                + slice.page(), () -> scorecardLines(slice.items(), locale));
        model.addAttribute("lines", lines);
        return "monitoring/scorecard";
    }

    /**
     * One party's compliance, module by module: each indicator's latest verified value beside what its line from
     * baseline to target expects, its trend with the recent series as a chart and a table, and each module's figures.
     */
    @GetMapping("/compacts/{code}/parties/{party}/compliance")
    String compliance(Actor actor, @PathVariable String code, @PathVariable String party, Model model) {
        var n = names.of(actor, code);
        model.addAttribute("code", code);
        model.addAttribute("names", n);
        model.addAttribute("view", compliance.of(code, PartyCode.of(party)));
        return "monitoring/compliance";
    }

    record SeriesTable(List<SeriesRow> rows, org.entente.platform.PageSlice<ReportingPeriod> slice,
            java.util.SortedSet<PartyCode> parties, boolean hasValues, java.time.Instant lastVerified) {
    }

    /** A series as a table of periods by parties, the latest periods on the first page, in the order of time. */
    private SeriesTable seriesTable(List<org.entente.monitoring.OpenValues.Published> values, Integer periods,
            java.util.Locale locale) {
        java.util.SortedMap<ReportingPeriod, Map<PartyCode, org.entente.monitoring.OpenValues.Published>> byPeriod =
                new java.util.TreeMap<>();
        java.util.SortedSet<PartyCode> parties = new java.util.TreeSet<>();
        values.forEach(p -> {
            byPeriod.computeIfAbsent(ReportingPeriod.parse(p.value().period()), k -> new LinkedHashMap<>())
                    .put(p.value().party(), p);
            parties.add(p.value().party());
        });
        List<ReportingPeriod> newestFirst = new ArrayList<>(byPeriod.keySet());
        java.util.Collections.reverse(newestFirst);
        var slice = org.entente.platform.PageSlice.of(newestFirst, periods, PERIODS_PER_PAGE);
        var formats = new org.entente.platform.Formats(locale, messages);
        String withheld = messages.getMessage("series.withheld", null, locale);
        List<SeriesRow> rows = new ArrayList<>();
        slice.items().stream().sorted().forEach(period -> {
            var byParty = byPeriod.get(period);
            rows.add(new SeriesRow(period.toString(), parties.stream().map(p -> {
                var v = byParty.get(p);
                return v == null ? new SeriesCell("—", null) : v.withheld() ? new SeriesCell(withheld, null)
                        : new SeriesCell(formats.number(v.amount()), v.amount());
            }).toList()));
        });
        java.time.Instant lastVerified = values.stream().map(p -> p.value().verifiedAt())
                .filter(java.util.Objects::nonNull).max(java.time.Instant::compareTo).orElse(null);
        return new SeriesTable(List.copyOf(rows), slice, java.util.Collections.unmodifiableSortedSet(parties),
                !byPeriod.isEmpty(), lastVerified);
    }

    /** A period of a series: each party's figure as shown, and the number charted (null where there is none). */
    record SeriesRow(String period, List<SeriesCell> cells) {
    }

    record SeriesCell(String text, Double value) {
    }

    private Map<String, List<String>> scorecardLines(List<org.entente.monitoring.Scorecard.Row> rows,
            java.util.Locale locale) {
        var formats = new org.entente.platform.Formats(locale, messages);
        Map<String, List<String>> lines = new java.util.HashMap<>();
        for (var row : rows) {
            for (var c : row.cells()) {
                List<String> cell = new ArrayList<>(List.of(
                        messages.getMessage("scorecard.onTrack", new Object[] {c.onTrack(), c.judged()}, locale),
                        messages.getMessage("scorecard.onTime", new Object[] {c.onTime(), c.owed()}, locale),
                        messages.getMessage("scorecard.verified", new Object[] {c.verified(), c.reported()}, locale)));
                if (c.medianDaysToVerify() != null) {
                    cell.add(messages.getMessage("scorecard.days", new Object[] {formats.number(
                            c.medianDaysToVerify())}, locale));
                }
                if (c.improving() + c.worsening() > 0) {
                    cell.add(messages.getMessage("scorecard.trend", new Object[] {c.improving(), c.worsening()},
                            locale));
                }
                lines.put(row.party().value() + "|" + c.module(), List.copyOf(cell));
            }
        }
        return Map.copyOf(lines);
    }

    /** Parties on a page of the scorecard; periods on a page of a series. */
    static final int PARTIES_PER_PAGE = 20;
    static final int PERIODS_PER_PAGE = 12;

    /**
     * One indicator's verified values across parties, period by period (its totals), as a table with a chart drawn
     * from it; small counts withheld as in every public figure.
     */
    @GetMapping("/compacts/{code}/indicators/{indicator}")
    String series(Actor actor, @PathVariable String code, @PathVariable String indicator,
            @RequestParam(required = false) Integer periods, Model model, java.util.Locale locale) {
        var n = names.of(actor, code);
        var found = n.indicator(indicator).orElseThrow(() -> new org.entente.shared.NotFound("indicator", indicator));
        List<org.entente.monitoring.OpenValues.Published> values = openValues.series(actor, code, found);
        model.addAttribute("code", code);
        model.addAttribute("compactTitle", n.title());
        model.addAttribute("indicator", found);
        // The table, written once per data version, language and page.
        SeriesTable table = figures.of(code, "series-table:" + indicator + ":" + locale.toLanguageTag() + ":"
                + (periods == null ? 0 : periods), () -> seriesTable(values, periods, locale));
        model.addAttribute("rows", table.rows());
        model.addAttribute("periodPage", table.slice());
        model.addAttribute("parties", table.parties());
        model.addAttribute("hasValues", table.hasValues());
        model.addAttribute("lastVerified", table.lastVerified());
        return "monitoring/series";
    }

    @GetMapping("/monitoring/submissions/{id}")
    String submission(Actor actor, @PathVariable long id, Model model) {
        Submissions.Stored s = submissions.get(actor, id);
        model.addAttribute("s", s);
        model.addAttribute("values", submissions.valuesOf(actor, id));
        model.addAttribute("verifies", actor.partiesWith(Role.MONITOR).stream().anyMatch(p -> !p.equals(
                s.party().value())));
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("reopens", actor.hasAnyRole(Role.SECRETARIAT));
        model.addAttribute("evidence", evidence.of(actor, id));
        model.addAttribute("names", names.of(org.entente.shared.Actor.system(), s.compact()));
        boolean open = s.status() == org.entente.monitoring.SubmissionStatus.SUBMITTED
                || s.status() == org.entente.monitoring.SubmissionStatus.DISPUTED;
        model.addAttribute("files", open && (actor.partiesWith(Role.MONITOR).stream().anyMatch(p -> !p.equals(
                s.party().value())) || actor.hasRoleFor(s.party(), Role.FOCAL_POINT)));
        return "monitoring/submission";
    }

    /** Evidence on a dispute: a file kept with its SHA-256. */
    @PostMapping("/monitoring/submissions/{id}/evidence")
    String attach(Actor actor, @PathVariable long id,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "monitoring.evidenceFiled", () -> {
            try {
                evidence.attach(actor, id, file == null ? null : file.getOriginalFilename(),
                        file == null || file.getSize() > org.entente.monitoring.Evidence.MOST_BYTES + 1L
                                ? (file == null ? null : new byte[org.entente.monitoring.Evidence.MOST_BYTES + 1])
                                : file.getBytes(), note);
            } catch (java.io.IOException e) {
                throw InvalidInput.coded("file", "could not be read", "monitoring.invalid.evidence");
            }
        }, "/monitoring/submissions/" + id + "#evidence");
    }

    /** A piece of evidence, downloaded as filed (never shown inline). */
    @GetMapping("/monitoring/evidence/{id}")
    org.springframework.http.ResponseEntity<byte[]> evidenceFile(Actor actor, @PathVariable long id) {
        var file = evidence.file(actor, id);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(file.filed().contentType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(file.filed().fileName(),
                                java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(file.filed().sha256())))
                .body(file.content());
    }

    @PostMapping("/monitoring/submissions/{id}/reopening")
    String reopen(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "monitoring.reopened", () -> submissions.reopen(actor, id, reason),
                "/monitoring/submissions/" + id);
    }

    @PostMapping("/monitoring/submissions/{id}/verification")
    String verify(Actor actor, @PathVariable long id, @RequestParam(required = false) String verdict,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "monitoring.verified", () -> {
            Verdict chosen;
            try {
                chosen = verdict == null || verdict.isBlank() ? null : Verdict.valueOf(verdict);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.coded("verdict", "is not a verdict", "invalid.choose");
            }
            if (chosen == null) {
                throw InvalidInput.coded("verdict", "is required", "invalid.choose");
            }
            submissions.verify(actor, id, chosen, note);
        }, "/monitoring/submissions/" + id);
    }
}
