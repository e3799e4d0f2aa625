package org.entente.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.party.PartyDetails;
import org.entente.party.PartyDirectory;
import org.entente.party.PartyKind;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the first administrator of a fresh production database, from {@code ENTENTE_BOOTSTRAP_ADMIN_USERNAME},
 * {@code ENTENTE_BOOTSTRAP_ADMIN_PASSWORD} and the secretariat party it acts for. It does nothing once any
 * account exists, so the variables can stay set without reopening anything.
 */
@Component
@Order(5)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    /** The bootstrap settings; all optional, nothing happens without a username. */
    @ConfigurationProperties("entente.bootstrap.admin")
    record Settings(String username, String password, String partyCode, String partyName) {
    }

    private final Settings settings;
    private final Accounts accounts;
    private final UserAccounts store;
    private final PartyDirectory parties;

    AdminBootstrap(Settings settings, Accounts accounts, UserAccounts store, PartyDirectory parties) {
        this.settings = settings;
        this.accounts = accounts;
        this.store = store;
        this.parties = parties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.username() == null || settings.username().isBlank() || store.count() > 0) {
            return;
        }
        PartyCode party = PartyCode.of(settings.partyCode() == null ? "SECRETARIAT" : settings.partyCode());
        if (!parties.exists(party)) {
            parties.register(Actor.system(), party, PartyKind.REGIONAL_BODY, new PartyDetails(
                    settings.partyName() == null ? "Secretariat" : settings.partyName(), null, null, List.of("en"),
                    null, null, List.of()));
        }
        accounts.open(Actor.system(), new Accounts.NewAccount(settings.username(), "Administrator",
                settings.password(), "en", Map.of(party, Set.of(Role.ADMIN, Role.SECRETARIAT))));
        log.info("Opened the first administrator account for party {}", party);
    }
}
