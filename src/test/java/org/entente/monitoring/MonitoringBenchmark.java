package org.entente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.entente.compact.AdherenceDesk;
import org.entente.compact.Compact;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.Declaration;
import org.entente.compact.Direction;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorTarget;
import org.entente.compact.IndicatorUnit;
import org.entente.compact.ModuleCategory;
import org.entente.compact.ModuleContent;
import org.entente.compact.PeriodType;
import org.entente.compact.Provision;
import org.entente.compact.Strength;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitoring benchmark (issue 19): a seeded generator writes 1,040,000 values on PostgreSQL (50 parties × 40
 * quarterly indicators × 10 years × a total and 12 breakdown cells), then measures, against the running server on
 * 127.0.0.1, the public scorecard and an indicator's series page with 16 concurrent readers, an import of 100,000
 * values through the API with every check, and the evaluation of every revision trigger of a party after one
 * verification. Not part of {@code ./mvnw verify}: {@code ENTENTE_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test
 * ./mvnw -Pbench test -Dtest=MonitoringBenchmark} ({@code -Dbench.seconds=30}). Results go to standard output and to
 * {@code target/benchmarks/monitoring.md}.
 */
@OnPostgres
class MonitoringBenchmark {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MonitoringBenchmark.class);

    static final int PARTIES = 50;
    static final int INDICATORS = 40;
    static final int YEARS = 10;
    static final String COMPACT = "BENCH";

    @Autowired
    Fixtures fixtures;
    @Autowired
    CompactCatalogue catalogue;
    @Autowired
    AdherenceDesk desk;
    @Autowired
    ReportingCalendar calendar;
    @Autowired
    Submissions submissions;
    @Autowired
    ReviewTriggers triggers;
    @Autowired
    LiveFigures figures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    final List<String> report = new ArrayList<>();

    @Test
    void aMillionValues() throws Exception {
        long started = System.nanoTime();
        var secretariat = fixtures.user(Role.SECRETARIAT);
        List<Fixtures.TestUser> focal = new ArrayList<>();
        for (int p = 0; p < PARTIES; p++) {
            focal.add(fixtures.user(Role.FOCAL_POINT));
        }
        catalogue.draft(secretariat.actor(), COMPACT, new Compact.Terms("Benchmark compact", null, secretariat.party(),
                1, 30));
        List<Indicator> all = new ArrayList<>();
        for (int m = 0; m < INDICATORS / 5; m++) {
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Indicator indicator = new Indicator(String.format(Locale.ROOT, "I%02d", m * 5 + i + 1),
                        "Indicator " + (m * 5 + i + 1), null, IndicatorUnit.COUNT, Direction.HIGHER_IS_BETTER,
                        PeriodType.QUARTERLY, "SEX AGE_GROUP SECTOR MIGRATORY_STATUS", null, null, null, null, null,
                        null);
                indicators.add(indicator);
                all.add(indicator);
            }
            catalogue.addModule(secretariat.actor(), COMPACT, "M" + (m + 1), new ModuleContent("Module " + (m + 1),
                    null, ModuleCategory.LABOUR_PROTECTION, List.of(), List.of(), null,
                    List.of(new Provision("1", "A provision.", Strength.SHALL, true)), indicators, List.of()));
        }
        catalogue.open(secretariat.actor(), COMPACT);
        LinkedHashSetOfModules modules = new LinkedHashSetOfModules();
        for (Fixtures.TestUser f : focal) {
            List<IndicatorTarget> targets = new ArrayList<>();
            for (int i = 0; i < INDICATORS; i += 4) {
                targets.add(new IndicatorTarget("M" + (i / 5 + 1), all.get(i).code(), 100.0, LocalDate.now().getYear()
                        - YEARS, 300.0, LocalDate.now().plusYears(3)));
            }
            desk.declare(f.actor(), COMPACT, f.party(), new Declaration(modules.all(), List.of(), targets, List.of()));
            desk.accept(secretariat.actor(), COMPACT, f.party());
            calendar.open(COMPACT, f.party());
        }
        LocalDate today = calendar.today();
        ReportingPeriod first = ReportingPeriod.containing(PeriodType.QUARTERLY, today.minusYears(YEARS));
        jdbc.sql("update reporting_calendar set opened_on = ? where compact = ?").params(first.firstDay(), COMPACT)
                .update();
        // The last quarter that has ended is left unreported for the import below.
        List<ReportingPeriod> quarters = new ArrayList<>();
        ReportingPeriod open = ReportingPeriod.containing(PeriodType.QUARTERLY, today).previous();
        for (ReportingPeriod q = first; q.compareTo(open) < 0; q = q.next()) {
            quarters.add(q);
        }
        long values = seed(focal, all, quarters);
        figures.changed(COMPACT);
        long seeded = System.nanoTime();
        line("Seeded %,d values (%d parties × %d indicators × %d quarters × 13 cells) in %.1f s", values, PARTIES,
                INDICATORS, quarters.size(), (seeded - started) / 1e9);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        // The first read after a change computes the figure; every later one until the next change reuses it.
        line("First read after a change (computed): scorecard %d ms, a series %d ms",
                time(() -> get(http, base + "/compacts/" + COMPACT + "/scorecard")),
                time(() -> get(http, base + "/compacts/" + COMPACT + "/indicators/I01")));
        for (int i = 1; i <= INDICATORS; i++) {
            get(http, base + "/compacts/" + COMPACT + "/indicators/" + String.format(Locale.ROOT, "I%02d", i));
        }
        readers(http, base);
        hold(base);
        importValues(http, base, focal.get(0), all, open);
        triggerEvaluation(secretariat, focal, all);
        Path out = Path.of("target", "benchmarks", "monitoring.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /** The readers: 16 threads, each alternating the scorecard page and a series page, for the measured seconds. */
    void readers(HttpClient http, String base) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 30);
        int threads = Integer.getInteger("bench.readers", 16);
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                Random random = new Random(thread);
                int n = 0;
                while (System.nanoTime() < end) {
                    int kind = n++ % 3;
                    String url = switch (kind) {
                        case 0 -> base + "/compacts/" + COMPACT + "/scorecard";
                        case 1 -> base + "/compacts/" + COMPACT + "/indicators/"
                                + String.format(Locale.ROOT, "I%02d", random.nextInt(INDICATORS) + 1);
                        default -> base + "/api/v1/compacts/" + COMPACT + "/scorecard";
                    };
                    long t0 = System.nanoTime();
                    int status = get(http, url);
                    samples.add(new long[] {kind, System.nanoTime() - t0, status});
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS)).isTrue();
        String[] names = {"GET /compacts/BENCH/scorecard (page)", "GET /compacts/BENCH/indicators/{one of 40} (page)",
            "GET /api/v1/compacts/BENCH/scorecard (JSON)"};
        for (int kind = 0; kind < 3; kind++) {
            int k = kind;
            long[] nanos = samples.stream().filter(s -> s[0] == k).mapToLong(s -> s[1]).sorted().toArray();
            long errors = samples.stream().filter(s -> s[0] == k && s[2] != 200).count();
            line("%s, %d readers, %d s: %,d requests (%.0f/s), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors",
                    names[kind],
                    threads, seconds, nanos.length, nanos.length / (double) seconds, pct(nanos, 50), pct(nanos, 95),
                    pct(nanos, 99), errors);
        }
    }

    /**
     * With {@code -Dbench.hold=S}, keeps the seeded server up for S seconds so that a client in another process (such
     * as {@code wrk -t2 -c16 -d30s --latency URL}) can measure the same reads without sharing this JVM.
     */
    void hold(String base) throws InterruptedException {
        int seconds = Integer.getInteger("bench.hold", 0);
        if (seconds > 0) {
            log.info("holding {} for {} s", base, seconds);
            Thread.sleep(seconds * 1000L);
        }
    }

    /** 100,000 values of one party for its unreported quarter, in one request, with every check. */
    void importValues(HttpClient http, String base, Fixtures.TestUser focal, List<Indicator> all,
            ReportingPeriod period) throws Exception {
        StringBuilder body = new StringBuilder("{\"compact\":\"" + COMPACT + "\",\"party\":\"" + focal.party().value()
                + "\",\"period\":\"" + period + "\",\"dryRun\":false,\"values\":[");
        int count = 0;
        for (Indicator indicator : all) {
            for (int sector = 0; sector < 1250; sector++) {
                for (String sex : List.of("F", "M")) {
                    body.append(count++ == 0 ? "" : ",").append("{\"indicator\":\"").append(indicator.code())
                            .append("\",\"disaggregation\":{\"SECTOR\":\"s").append(sector).append("\",\"SEX\":\"")
                            .append(sex).append("\"},\"value\":").append(sector % 17)
                            .append(",\"lateReason\":\"Benchmark\"}");
                }
            }
        }
        body.append("]}");
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                + "/api/v1/monitoring/submissions")).header("Content-Type", "application/json")
                .header("Authorization", focal.bearer()).timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(response.statusCode()).as(response.body().substring(0, Math.min(500, response.body().length())))
                .isEqualTo(200);
        assertThat(response.body()).contains("\"imported\":100000");
        line("POST /api/v1/monitoring/submissions with %,d values (%.1f MB), all checks: %.1f s, %,d imported",
                count, body.length() / 1e6, millis / 1000.0, count);
    }

    /** One threshold per indicator and the standard rules; a verification, then every rule for that party. */
    void triggerEvaluation(Fixtures.TestUser secretariat, List<Fixtures.TestUser> focal, List<Indicator> all) {
        for (Indicator indicator : all) {
            int module = Integer.parseInt(indicator.code().substring(1)) - 1;
            triggers.define(secretariat.actor(), COMPACT, new TriggerRule("T-" + indicator.code(), "Fell",
                    TriggerRule.Kind.THRESHOLD, "M" + (module / 5 + 1), indicator.code(), TriggerRule.LeftSide.CHANGE,
                    4, TriggerRule.Operator.LESS_THAN, TriggerRule.RightSide.NUMBER, -50.0,
                    TriggerRule.Importance.MEDIUM, TriggerRule.Opens.FOLLOW_UP));
        }
        PartyCode party = focal.get(1).party();
        long submission = jdbc.sql("select max(id) from value_submission where compact = ? and party = ? "
                + "and status = 'SUBMITTED'").params(COMPACT, party.value()).query(Long.class).single();
        submissions.verify(fixtures.user(Role.MONITOR).actor(), submission, Verdict.VERIFIED, null);
        long[] nanos = new long[10];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            triggers.evaluate(COMPACT, party);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        line("Every rule (%d thresholds and 2 standard) for one party after a verification: median %.0f ms, slowest "
                + "%.0f ms (10 runs)", all.size(), nanos[5] / 1e6, nanos[9] / 1e6);
    }

    /** Writes the values with COPY: a submission per party and quarter, verified but for the last two quarters. */
    long seed(List<Fixtures.TestUser> focal, List<Indicator> all, List<ReportingPeriod> quarters) throws Exception {
        Random random = new Random(2026);
        long submissionId = 1_000_000;
        long valueId = 10_000_000;
        long written = 0;
        try (var connection = dataSource.getConnection()) {
            CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
            StringBuilder subs = new StringBuilder();
            StringBuilder vals = new StringBuilder();
            for (int p = 0; p < focal.size(); p++) {
                String party = focal.get(p).party().value();
                for (int q = 0; q < quarters.size(); q++) {
                    ReportingPeriod quarter = quarters.get(q);
                    boolean verified = q < quarters.size() - 2;
                    String reported = quarter.lastDay().plusDays(20) + " 10:00:00+00";
                    String verifiedAt = verified ? quarter.lastDay().plusDays(27) + " 10:00:00+00" : "\\N";
                    String status = verified ? "VERIFIED" : "SUBMITTED";
                    long sub = submissionId++;
                    subs.append(sub).append('\t').append(COMPACT).append('\t').append(party).append('\t')
                            .append(quarter).append("\tAPI\tbench\t").append(reported).append("\t520\t0\t0\t")
                            .append(status).append('\t').append(verified ? "monitor" : "\\N").append('\t')
                            .append(verified ? "ILMO" : "\\N").append('\t').append(verifiedAt).append("\t\\N\t0\n");
                    for (Indicator indicator : all) {
                        int module = Integer.parseInt(indicator.code().substring(1)) - 1;
                        long total = 60 + random.nextInt(200) + q * 2L;
                        List<String[]> cells = new ArrayList<>();
                        cells.add(new String[] {"", Long.toString(total)});
                        split(cells, "SEX", List.of("F", "M"), total, random);
                        split(cells, "AGE_GROUP", List.of("15-24", "25-34", "35-44", "45-54", "55+"), total, random);
                        split(cells, "SECTOR", List.of("agriculture", "construction", "domestic work", "care"), total,
                                random);
                        split(cells, "MIGRATORY_STATUS", List.of("regular"), total, random);
                        for (String[] cell : cells) {
                            vals.append(valueId++).append('\t').append(COMPACT).append('\t').append(party).append("\tM")
                                    .append(module / 5 + 1).append('\t').append(indicator.code()).append('\t')
                                    .append(quarter).append('\t').append(cell[0]).append('\t').append(cell[1])
                                    .append("\tbench\t\\N\tbench\t").append(reported).append("\tf\t\\N\t").append(sub)
                                    .append('\t').append(verified ? "VERIFIED" : "REPORTED").append('\t')
                                    .append(verifiedAt).append("\t0\n");
                            written++;
                        }
                    }
                }
                copy.copyIn("copy value_submission (id, compact, party, period, channel, submitted_by, submitted_at, "
                        + "imported, updated, ignored, status, verified_by, verifier_party, verified_at, "
                        + "verification_note, version) from stdin", new StringReader(subs.toString()));
                copy.copyIn("copy indicator_value (id, compact, party, module, indicator, period, disaggregation, "
                        + "amount, source, note, reported_by, reported_at, late, late_reason, submission, status, "
                        + "verified_at, version) from stdin", new StringReader(vals.toString()));
                subs.setLength(0);
                vals.setLength(0);
            }
        }
        jdbc.sql("analyze indicator_value").update();
        jdbc.sql("analyze value_submission").update();
        return written;
    }

    private static void split(List<String[]> cells, String dimension, List<String> categories, long total,
            Random random) {
        long left = total;
        for (int i = 0; i < categories.size(); i++) {
            long share = i == categories.size() - 1 ? left : Math.min(left, total / categories.size()
                    + random.nextInt(5));
            left -= share;
            cells.add(new String[] {dimension + "=" + categories.get(i), Long.toString(share)});
        }
    }

    private static int get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return 599;
        }
    }

    private static long time(java.util.function.IntSupplier call) {
        long t0 = System.nanoTime();
        assertThat(call.getAsInt()).isEqualTo(200);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static double pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        log.info(text);
        report.add("- " + text);
    }

    /** The declaration's modules: all eight. */
    static final class LinkedHashSetOfModules {
        java.util.Set<String> all() {
            java.util.Set<String> modules = new LinkedHashSet<>();
            for (int m = 1; m <= INDICATORS / 5; m++) {
                modules.add("M" + m);
            }
            return modules;
        }
    }
}
