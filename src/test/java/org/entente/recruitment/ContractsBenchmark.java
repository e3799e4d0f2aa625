package org.entente.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.entente.grievance.ReceiptCodes;
import org.entente.shared.Role;
import org.entente.shared.Secrets;
import org.entente.support.Fixtures;
import org.entente.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contracts benchmark (issue 21): a seeded generator writes 1,000 recruiters and 1,000,000 registered contracts
 * on PostgreSQL with COPY, then measures against the running server on 127.0.0.1, with {@code bench.clients} (32)
 * clients in this JVM for {@code bench.seconds} (20) each: contract verification by code, the public recruiter lookup,
 * and registration with every rule. Not part of {@code ./mvnw verify}:
 * {@code ENTENTE_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test ./mvnw -Pbench test
 * -Dtest=ContractsBenchmark}. Results are logged and written to {@code target/benchmarks/contracts.md}.
 */
@OnPostgres
class ContractsBenchmark {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContractsBenchmark.class);
    static final int RECRUITERS = 1_000;
    static final int CONTRACTS = 1_000_000;

    @Autowired
    Fixtures fixtures;
    @Autowired
    RecruiterRegistry registry;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    final List<String> report = new ArrayList<>();

    @Test
    void aMillionContracts() throws Exception {
        var inspector = fixtures.user(Role.INSPECTOR);
        long started = System.nanoTime();
        List<String> codes = seed(inspector.party().value());
        line("Seeded %,d recruiters and %,d contracts with COPY in %.1f s", RECRUITERS, CONTRACTS,
                (System.nanoTime() - started) / 1e9);
        var licensed = registry.register(inspector.actor(), new RecruiterRegistry.NewRecruiter("Benchmark Agency",
                RecruiterKind.AGENCY, "XAR", null, null));
        registry.grantLicence(inspector.actor(), licensed.id(), new RecruiterRegistry.LicenceDraft("BENCH-1",
                List.of("XAR-XCO"), List.of(Sector.CONSTRUCTION), LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(1)));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        String[] words = {"bright", "littoral", "overseas", "manpower", "agency 4", "placement", "crescent",
            "harbour", "recruit", "careers"};
        for (int round = 0; round < 2; round++) {
            String phase = round == 0 ? "warm-up" : "measured";
            run(http, phase + ": POST /api/v1/contracts/verification (a random one of a million codes)", n -> {
                String code = codes.get(new Random(n).nextInt(codes.size()));
                return HttpRequest.newBuilder(URI.create(base + "/api/v1/contracts/verification"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}")).build();
            }, 200, round == 0 ? 5 : Integer.getInteger("bench.seconds", 20));
            run(http, phase + ": GET /api/v1/recruiters?q=&corridor= (1,000 recruiters)", n -> HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/recruiters?q=" + words[n % words.length].replace(" ", "%20")
                            + "&corridor=XAR-XCO")).GET().build(), 200, round == 0 ? 5
                                    : Integer.getInteger("bench.seconds", 20));
            run(http, phase + ": POST /api/v1/contracts (every rule, the worker sealed)", n -> HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/contracts")).header("Content-Type", "application/json")
                    .header("Authorization", inspector.bearer())
                    .POST(HttpRequest.BodyPublishers.ofString(String.format(Locale.ROOT, CONTRACT, licensed.id(),
                            450 + n % 300, n))).build(), 201, round == 0 ? 5 : Integer.getInteger("bench.seconds", 20));
        }
        hold(codes, inspector.bearer(), licensed.id());
        Path out = Path.of("target", "benchmarks", "contracts.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /**
     * With {@code -Dbench.hold=S}, keeps the seeded server up for S seconds for wrk in another process: it writes 10,000
     * of the codes, the inspector's token and the licensed recruiter to {@code target/benchmarks/} for the scripts in
     * {@code src/test/resources/bench/} (contract-verification.lua, contract-registration.lua).
     */
    void hold(List<String> codes, String bearer, long recruiter) throws Exception {
        int seconds = Integer.getInteger("bench.hold", 0);
        if (seconds > 0) {
            Path dir = Path.of("target", "benchmarks");
            Files.createDirectories(dir);
            Files.write(dir.resolve("contract-codes.txt"), codes.subList(0, 10_000));
            Files.writeString(dir.resolve("contract-registration.env"), bearer + "\n" + recruiter + "\n");
            log.info("holding http://127.0.0.1:{} for {} s", port, seconds);
            Thread.sleep(seconds * 1000L);
        }
    }

    static final String CONTRACT = "{\"recruiterId\":%d,\"employerName\":\"Costa Build Ltd\",\"countryFrom\":\"XAR\","
            + "\"countryTo\":\"XCO\",\"jobTitle\":\"Mason\",\"isco\":\"7112\",\"sector\":\"CONSTRUCTION\",\"wage\":%d,"
            + "\"currency\":\"USD\",\"hoursPerWeek\":48,\"durationMonths\":24,\"accommodation\":\"Room\","
            + "\"languages\":[\"ar\",\"en\"],\"workerLanguages\":[\"ar\"],\"signedOn\":\"2026-11-01\","
            + "\"costs\":[{\"kind\":\"VISA\",\"amount\":200,\"currency\":\"USD\",\"paidBy\":\"EMPLOYER\"}],"
            + "\"worker\":{\"name\":\"Worker %d\",\"passportNumber\":\"P1\"}}";

    void run(HttpClient http, String name, IntFunction<HttpRequest> request, int expected, int seconds)
            throws Exception {
        int clients = Integer.getInteger("bench.clients", 32);
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                int n = client * 1_000_000;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request.apply(n++), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    samples.add(new long[] {System.nanoTime() - t0, status});
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS)).isTrue();
        long[] nanos = samples.stream().mapToLong(s -> s[0]).sorted().toArray();
        long errors = samples.stream().filter(s -> s[1] != expected).count();
        line("%s, %d clients, %d s: %,d requests (%.0f/s), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors", name,
                clients, seconds, nanos.length, nanos.length / (double) seconds, pct(nanos, 50), pct(nanos, 95),
                pct(nanos, 99), errors);
    }

    /** 1,000 recruiters licensed by the party, and a million contracts among them; answers every code, in order. */
    List<String> seed(String party) throws Exception {
        Random random = new Random(21);
        List<String> codes = new ArrayList<>(CONTRACTS);
        String[] stems = {"Bright", "Littoral", "Overseas", "Manpower", "Placement", "Crescent", "Harbour", "Recruit",
            "Careers", "Atlas", "Delta", "Unity"};
        try (var connection = dataSource.getConnection()) {
            CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
            StringBuilder recruiters = new StringBuilder();
            StringBuilder licences = new StringBuilder();
            for (int r = 0; r < RECRUITERS; r++) {
                String name = stems[r % stems.length] + " " + stems[(r / stems.length) % stems.length] + " Agency "
                        + r;
                recruiters.append(5_000_000 + r).append('\t').append(name).append('\t')
                        .append(RecruiterRegistry.key(name)).append("\tAGENCY\tXAR\t").append(party)
                        .append("\t\\N\t\\N\t2026-01-01 00:00:00+00\t0\n");
                licences.append(5_000_000 + r).append('\t').append(5_000_000 + r).append('\t').append(party)
                        .append("\tB-").append(r).append("\tXAR-XCO XAR-XDA\tCONSTRUCTION CARE\t2025-01-01\t")
                        .append(r % 10 == 0 ? "2025-12-31" : "2028-12-31").append("\t\\N\t\\N\t")
                        .append(r % 25 == 0 ? "2026-06-01" : "\\N").append("\t2025-01-01 00:00:00+00\n");
            }
            copy.copyIn("copy recruiter (id, name, name_key, kind, country, registered_by, certifications, branches, "
                    + "registered_at, version) from stdin", new StringReader(recruiters.toString()));
            copy.copyIn("copy recruiter_licence (id, recruiter_id, licensing_party, number, corridors, sectors, "
                    + "valid_from, valid_until, suspended_from, suspended_until, revoked_on, granted_at) from stdin",
                    new StringReader(licences.toString()));
            int batch = 100_000;
            for (int start = 0; start < CONTRACTS; start += batch) {
                StringBuilder rows = new StringBuilder(batch * 300);
                for (int i = start; i < start + batch; i++) {
                    String code = ReceiptCodes.newCode(Contracts.CODE_LENGTH);
                    codes.add(code);
                    String canonical = ReceiptCodes.normalise(code, Contracts.CODE_LENGTH).orElseThrow();
                    rows.append(10_000_000L + i).append('\t').append(5_000_000 + random.nextInt(RECRUITERS))
                            .append("\t\\N\tCosta Build Ltd\tXAR\t").append(i % 3 == 0 ? "XDA" : "XCO")
                            .append("\tMason\t7112\tCONSTRUCTION\t").append(400 + random.nextInt(400))
                            .append("\tUSD\t48\t24\tRoom\tar en\tar\t2026-0").append(1 + i % 9).append("-15\t")
                            .append(Secrets.sha256("contract-verification\n" + canonical)).append("\tb")
                            .append(i).append("\t\\N\t\\N\t").append(i % 5 == 0 ? 1 : 0)
                            .append("\tbench\t2026-10-01 00:00:00+00\n");
                }
                copy.copyIn("copy recruitment_contract (id, recruiter_id, employer_id, employer_name, country_from, "
                        + "country_to, job_title, isco, sector, wage, currency, hours_per_week, duration_months, "
                        + "accommodation, languages, worker_languages, signed_on, verification_hash, binding, "
                        + "wrapped_key, personal, violations, registered_by, registered_at) from stdin",
                        new StringReader(rows.toString()));
            }
            try (var statement = connection.createStatement()) {
                statement.execute("analyze recruiter");
                statement.execute("analyze recruiter_licence");
                statement.execute("analyze recruitment_contract");
            }
        }
        return codes;
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
