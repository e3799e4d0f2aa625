package org.entente.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.entente.shared.Classification;
import org.entente.shared.Paging;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read path with one connection free: a red-lined read that discloses holds that one connection and needs no
 * other, and a request that finds no connection free is told the server is busy within the pool's timeout instead
 * of hanging. The pool has two connections (Flyway needs two to start); each test holds the one it does not use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=1000"})
@ActiveProfiles("test")
@Import(Fixtures.class)
class ReadPathOnOneConnectionIntegrationTests {

    @Autowired
    Sharing sharing;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    record Report(PartyCode owner, Classification classification, Set<PartyCode> recipients, String reference)
            implements Classified {
        @Override
        public DataKind dataKind() {
            return DataKind.SITUATION_REPORT;
        }
    }

    @Test
    void aDisclosingReadInsideATransactionNeedsNoSecondConnectionAndIsLoggedOnceItCommits() throws Exception {
        var owner = fixtures.user(Role.FOCAL_POINT);
        var neighbour = fixtures.user(Role.FOCAL_POINT);
        sharing.setRule(owner.actor(), owner.party(), DataKind.SITUATION_REPORT, Set.of(neighbour.party()), null);
        Report restricted = new Report(owner.party(), Classification.RESTRICTED, Set.of(), "sitrep/one-connection");

        Sharing.Visible<Report> seen;
        try (Connection other = dataSource.getConnection()) {
            seen = new TransactionTemplate(transactions).execute(
                    status -> sharing.filter(neighbour.actor(), List.of(restricted), Disclosure.Purpose.READ));
        }

        assertThat(seen.items()).containsExactly(restricted);
        assertThat(sharing.disclosuresOf(owner.actor(), owner.party(), Paging.of(0, 10)).items())
                .extracting(Disclosure::recordRef).containsExactly("sitrep/one-connection");
    }

    @Test
    void aReadThatRollsBackDisclosesNothing() throws Exception {
        var owner = fixtures.user(Role.FOCAL_POINT);
        var neighbour = fixtures.user(Role.FOCAL_POINT);
        sharing.setRule(owner.actor(), owner.party(), DataKind.SITUATION_REPORT, Set.of(neighbour.party()), null);
        Report restricted = new Report(owner.party(), Classification.RESTRICTED, Set.of(), "sitrep/rolled-back");

        try (Connection other = dataSource.getConnection()) {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                sharing.filter(neighbour.actor(), List.of(restricted), Disclosure.Purpose.READ);
                status.setRollbackOnly();
            });
        }

        assertThat(sharing.disclosuresOf(owner.actor(), owner.party(), Paging.of(0, 10)).items()).isEmpty();
    }

    @Test
    void aRequestThatFindsNoConnectionFreeIsToldTheServerIsBusy() throws Exception {
        HttpResponse<String> response;
        try (Connection held = dataSource.getConnection(); Connection other = dataSource.getConnection()) {
            long started = System.nanoTime();
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/crises")).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(response.body()).contains("busy").doesNotContain("Exception");
    }
}
