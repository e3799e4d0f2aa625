package org.entente.grievance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.identity.Accounts;
import org.entente.shared.Actor;
import org.entente.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo's grievances give each handler's account work, and show escalation, remedies and a panel decision. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class GrievanceDemoDataIntegrationTests {

    @Autowired
    Accounts accounts;
    @Autowired
    Casework casework;
    @Autowired
    PanelDecisions panel;
    @Autowired
    JdbcClient jdbc;

    private Actor actor(String username) {
        return accounts.get(username).actor();
    }

    @Test
    void theMediatorOmbudspersonAndPanelMembersEachHaveCasesWaiting() {
        assertThat(casework.queue(actor("mediator"), Role.MEDIATOR)).isNotEmpty();
        assertThat(casework.queue(actor("ombudsperson"), Role.OMBUDSPERSON)).isNotEmpty();
        assertThat(List.of("panel.xco", "panel.xar", "panel.xda").stream()
                .mapToInt(p -> casework.queue(actor(p), Role.PANEL_MEMBER).size()).sum()).isPositive();
    }

    @Test
    void someCasesEscalatedForMissedTargetsAndRemediesAreDeliveredAndNot() {
        assertThat(jdbc.sql("select count(*) from grievance_miss").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from grievance_remedy where delivered = true").query(Long.class)
                .single()).isPositive();
        assertThat(jdbc.sql("select count(*) from grievance_remedy where delivered = false").query(Long.class)
                .single()).isPositive();
        assertThat(jdbc.sql("select count(distinct language) from grievance_case").query(Long.class).single())
                .isGreaterThanOrEqualTo(5);
        assertThat(panel.published()).isNotEmpty();
    }
}
