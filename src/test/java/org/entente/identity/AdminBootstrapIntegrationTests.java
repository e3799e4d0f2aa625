package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.party.PartyDirectory;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A production start on an empty database: the first administrator comes from the environment, once. */
@SpringBootTest(properties = {"entente.bootstrap.admin.username=first-admin",
        "entente.bootstrap.admin.password=a-long-first-password", "entente.bootstrap.admin.party-code=SEC-X"})
@ActiveProfiles("test")
class AdminBootstrapIntegrationTests {

    @Autowired
    Accounts accounts;
    @Autowired
    UserAccounts store;
    @Autowired
    PartyDirectory parties;
    @Autowired
    AdminBootstrap bootstrap;

    @Test
    void opensTheFirstAdministratorForTheSecretariatParty() {
        var admin = accounts.get("first-admin");
        assertThat(admin.actor().hasRoleFor(new PartyCode("SEC-X"), Role.ADMIN)).isTrue();
        assertThat(parties.exists(new PartyCode("SEC-X"))).isTrue();
    }

    @Test
    void doesNothingOnceAnAccountExists() throws Exception {
        long before = store.count();
        bootstrap.run(new DefaultApplicationArguments());
        assertThat(store.count()).isEqualTo(before);
    }
}
