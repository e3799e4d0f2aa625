package org.entente.grievance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.entente.party.PartyDirectory;
import org.entente.shared.PartyCode;
import org.entente.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * The grievance intake benchmark (issue 20): {@code bench.clients} clients (32) post anonymous grievances to
 * {@code POST /api/v1/grievances} on 127.0.0.1 for {@code bench.seconds} (30), each with its own
 * {@code Idempotency-Key}; one post in ten is sent a second time with the same key, as a phone on a bad network
 * would. Every filing is encrypted under its own key and audited. Afterwards the database must hold exactly one case
 * per key, every retry must have answered the first receipt, and no request may have failed. Not part of
 * {@code ./mvnw verify}: {@code ENTENTE_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test ./mvnw -Pbench test
 * -Dtest=GrievanceIntakeBenchmark}. Results are logged and written to {@code target/benchmarks/grievance-intake.md}.
 */
@OnPostgres
class GrievanceIntakeBenchmark {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GrievanceIntakeBenchmark.class);

    @Autowired
    PartyDirectory parties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @LocalServerPort
    int port;

    final List<String> report = new ArrayList<>();

    @Test
    void fiveHundredFilingsASecond() throws Exception {
        PartyCode from = GrievanceScenes.freshState(parties);
        PartyCode to = GrievanceScenes.freshState(parties);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String url = "http://127.0.0.1:" + port + "/api/v1/grievances";
        run(http, url, from, to, "warm-up", 5);
        long before = cases(from, to);
        Result r = run(http, url, from, to, "run", Integer.getInteger("bench.seconds", 30));
        long filed = cases(from, to) - before;
        line("POST /api/v1/grievances, %d clients, %d s on PostgreSQL: %,d filings (%.0f/s) and %,d retries with the "
                        + "same Idempotency-Key; filings p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d errors; %,d cases "
                        + "stored for %,d keys; %d retries answered another receipt",
                r.clients, r.seconds, r.firsts, r.firsts / (double) r.seconds, r.retries, pct(r.nanos, 50),
                pct(r.nanos, 95), pct(r.nanos, 99), r.errors, filed, r.firsts, r.mismatched);
        hold();
        Path out = Path.of("target", "benchmarks", "grievance-intake.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        assertThat(r.errors).isZero();
        assertThat(r.mismatched).isZero();
        assertThat(filed).as("one case per key, retries included").isEqualTo(r.firsts);
    }

    /**
     * With {@code -Dbench.hold=S}, keeps the server up for S seconds so that a client in another process (wrk with
     * {@code src/test/resources/bench/grievance-intake.lua}) can post without sharing this JVM's two cores.
     */
    void hold() throws InterruptedException {
        int seconds = Integer.getInteger("bench.hold", 0);
        if (seconds > 0) {
            log.info("holding http://127.0.0.1:{} for {} s", port, seconds);
            Thread.sleep(seconds * 1000L);
            // The wrk script files from XAR to XCO, which nothing else here does: one case per key it created.
            long keys = jdbc.sql("select count(*) from idempotent_request where idem_key like 'wrk-%' and status = 201")
                    .query(Long.class).single();
            long stored = cases(new PartyCode("XAR"), new PartyCode("XCO"));
            line("After the hold: %,d cases from XAR to XCO stored for %,d Idempotency-Keys answered 201 (a duplicate "
                    + "would make more cases than keys)", stored, keys);
            assertThat(stored).isEqualTo(keys);
        }
    }

    record Result(int clients, int seconds, long firsts, long retries, long errors, long mismatched, long[] nanos) {
    }

    Result run(HttpClient http, String url, PartyCode from, PartyCode to, String phase, int seconds) throws Exception {
        int clients = Integer.getInteger("bench.clients", 32);
        AtomicLong firsts = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong mismatched = new AtomicLong();
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Category[] categories = Category.values();
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                Random random = new Random(client);
                int n = 0;
                while (System.nanoTime() < end) {
                    String key = phase + "-" + client + "-" + n;
                    String body = json.writeValueAsString(java.util.Map.of(
                            "category", categories[random.nextInt(categories.length)].name(),
                            "narrative", "Worker " + client + " report " + n + ": wages unpaid for "
                                    + (1 + random.nextInt(9)) + " months at site " + random.nextInt(1000),
                            "countryFrom", from.value(), "countryTo", to.value(), "language", "ar",
                            "passphrase", "phrase " + random.nextInt(1_000_000), "contact", "+000 555 "
                                    + String.format(Locale.ROOT, "%04d", random.nextInt(10000))));
                    long t0 = System.nanoTime();
                    HttpResponse<String> first = post(http, url, key, body);
                    nanos.add(System.nanoTime() - t0);
                    if (first == null || first.statusCode() != 201) {
                        errors.incrementAndGet();
                    } else {
                        firsts.incrementAndGet();
                        if (n % 10 == 0) {
                            HttpResponse<String> again = post(http, url, key, body);
                            retries.incrementAndGet();
                            if (again == null || again.statusCode() != 201) {
                                errors.incrementAndGet();
                            } else if (!receipt(again).equals(receipt(first))) {
                                mismatched.incrementAndGet();
                            }
                        }
                    }
                    n++;
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)).isTrue();
        return new Result(clients, seconds, firsts.get(), retries.get(), errors.get(), mismatched.get(),
                nanos.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    private String receipt(HttpResponse<String> response) {
        return json.readTree(response.body()).get("receipt").asString();
    }

    private static HttpResponse<String> post(HttpClient http, String url, String key, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }

    private long cases(PartyCode from, PartyCode to) {
        return jdbc.sql("select count(*) from grievance_case where country_from = ? and country_to = ?")
                .params(from.value(), to.value()).query(Long.class).single();
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        log.info(text);
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length)
                - 1)] / 1e6;
    }
}
