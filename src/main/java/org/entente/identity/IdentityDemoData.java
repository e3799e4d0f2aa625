package org.entente.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.party.Party;
import org.entente.party.PartyDirectory;
import org.entente.platform.Languages;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts for every role: {@code admin}, {@code secretariat}, {@code auditor} and one per remaining role at
 * the secretariat or the verifying organisation, plus {@code focal.<code>} for each party's focal point. All share
 * the password from {@code ENTENTE_DEMO_PASSWORD}.
 */
@Component
@Profile("demo")
@Order(20)
class IdentityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);
    private static final PartyCode SECRETARIAT = new PartyCode("SLC");
    private static final PartyCode VERIFIER = new PartyCode("ILMO");

    private final Accounts accounts;
    private final PartyDirectory parties;
    private final String password;

    IdentityDemoData(Accounts accounts, PartyDirectory parties, @Value("${entente.demo.password}") String password) {
        this.accounts = accounts;
        this.parties = parties;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Only roles with something to do have a demo account: mediators, ombudspersons, panel members, roster
        // managers and exercise planners get theirs with the modules that give them work.
        List<String> usernames = new ArrayList<>();
        open(usernames, "admin", "Demo Administrator", "en", SECRETARIAT, Role.ADMIN);
        open(usernames, "secretariat", "Demo Secretariat Officer", "en", SECRETARIAT, Role.SECRETARIAT);
        open(usernames, "auditor", "Demo Auditor", "fr", VERIFIER, Role.AUDITOR);
        open(usernames, "monitor", "Demo Monitor", "en", VERIFIER, Role.MONITOR);
        open(usernames, "logistics", "Demo Logistics Officer", "en", SECRETARIAT, Role.LOGISTICS_OFFICER);
        for (String code : List.of("XCO", "XDA", "SLC")) {
            PartyCode party = new PartyCode(code);
            if (parties.exists(party)) {
                open(usernames, "logistics." + code.toLowerCase(Locale.ROOT), "Logistics officer, " + code, "en", party,
                        Role.LOGISTICS_OFFICER);
            }
        }
        for (Party party : parties.all()) {
            String language = party.workingLanguages().stream().filter(Languages::isSupported)
                    .findFirst().orElse("en");
            open(usernames, "focal." + party.code().value().toLowerCase(Locale.ROOT),
                    "Focal point, " + party.shortName(), language, party.code(), Role.FOCAL_POINT);
        }
        log.info("Demo accounts (password from ENTENTE_DEMO_PASSWORD, default demo-password): {}", usernames);
    }

    private void open(List<String> usernames, String username, String displayName, String language, PartyCode party,
            Role role) {
        usernames.add(username);
        if (!accounts.exists(username)) {
            accounts.open(Actor.system(), new Accounts.NewAccount(username, displayName, password, language,
                    Map.of(party, Set.of(role))));
        }
    }
}
