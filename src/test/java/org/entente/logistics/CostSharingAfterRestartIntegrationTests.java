package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.timeout;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.entente.EntenteApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;

/**
 * A reaction that failed is not lost: cost sharing's listener is killed once, so the dispatch commits but its
 * transport cost is not booked and the event's publication stays incomplete in the database. A second start of the
 * application on the same database publishes it again, and the cost is booked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=" + CostSharingAfterRestartIntegrationTests.DATABASE)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(org.entente.support.Fixtures.class)
class CostSharingAfterRestartIntegrationTests extends LiveStockScene {

    static final String DATABASE = "jdbc:h2:mem:restart-after-failure;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;"
            + "DB_CLOSE_DELAY=-1";

    @MockitoSpyBean
    CostSharing costs;
    @Autowired
    Shipments shipments;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBookingWhoseListenerFailedIsMadeWhenTheApplicationStartsAgain() {
        costs.set(lead.actor(), crisis, new CostSharing.Terms(CostSharing.Model.REQUESTER_PAYS, null, Map.of()));
        plans.approve(lead.actor(), plans.propose(officer.actor(), crisis).id());
        long shipment = shipments.ofCrisis(lead.actor(), crisis).get(0).id();
        CostSharing spy = AopTestUtils.getUltimateTargetObject(costs);
        doThrow(new IllegalStateException("the listener is killed once")).when(spy).on(any(ShipmentDispatched.class));

        shipments.dispatch(officer.actor(), shipment);

        verify(spy, timeout(10_000)).on(new ShipmentDispatched(shipment, crisis));
        assertThat(booked(shipment)).isZero();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> incomplete() == 1);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(EntenteApplication.class)
                .profiles("test").run("--spring.datasource.url=" + DATABASE, "--server.port=0")) {
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> booked(shipment) > 0);
            assertThat(incomplete()).isZero();
        }
        assertThat(costs.ledger(lead.actor(), crisis).total())
                .isEqualTo(800 * 5 * 0.4, org.assertj.core.data.Offset.offset(1e-6));
    }

    private long booked(long shipment) {
        return jdbc.sql("select count(*) from cost_share where shipment = ?").param(shipment).query(Long.class).single();
    }

    private long incomplete() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                .single();
    }
}
