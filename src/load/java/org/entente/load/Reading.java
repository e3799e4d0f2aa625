package org.entente.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * One read under load: {@code load.clients} concurrent clients (64) repeat one GET for {@code load.seconds} (30)
 * against a server on loopback that the {@code load} Maven profile starts on PostgreSQL with the demo data. Before
 * the measured run, 8 plain clients warm the same read up for {@code load.warmUpSeconds} (10), unmeasured, so that
 * the figures are the server's steady state and not its just-in-time compiler's first minutes. The run fails on any
 * error, on a p99 above its bound or on a throughput below its floor.
 */
abstract class Reading extends Simulation {

    static final String BASE = System.getProperty("load.baseUrl", "http://127.0.0.1:18080");
    static final String CRISIS = System.getProperty("load.crisis", "1");
    static final String COMPACT = System.getProperty("load.compact", "FLM-2026");
    private static final int CLIENTS = Integer.getInteger("load.clients", 64);
    private static final Duration EACH = Duration.ofSeconds(Long.getLong("load.seconds", 30));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("load.warmUpSeconds", 10));

    /**
     * @param authorization the Authorization header's value, or null for an anonymous read
     */
    Reading(String name, String path, String authorization, double minPerSecond, int maxP99Millis) {
        if (!BASE.startsWith("http://127.0.0.1:") && !BASE.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("a load run targets loopback only, not " + BASE);
        }
        warmUp(path, authorization);
        HttpRequestActionBuilder read = http(name).get(path).check(status().is(200));
        if (authorization != null) {
            read = read.header("Authorization", authorization);
        }
        setUp(CoreDsl.scenario(name).during(EACH).on(read)
                .injectClosed(constantConcurrentUsers(CLIENTS).during(Duration.ofSeconds(1))))
                .protocols(http.baseUrl(BASE).acceptHeader("application/json").shareConnections())
                .maxDuration(EACH.plusSeconds(30))
                .assertions(global().failedRequests().count().is(0L),
                        details(name).responseTime().percentile(99.0).lte(maxP99Millis),
                        details(name).requestsPerSec().gte(minPerSecond));
    }

    private static void warmUp(String path, String authorization) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.build();
        long until = System.nanoTime() + WARM_UP.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            clients.submit(() -> {
                while (System.nanoTime() < until) {
                    try {
                        client.send(request, HttpResponse.BodyHandlers.discarding());
                    } catch (Exception e) {
                        return;
                    }
                }
            });
        }
        clients.shutdown();
        try {
            clients.awaitTermination(WARM_UP.toSeconds() + 20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
