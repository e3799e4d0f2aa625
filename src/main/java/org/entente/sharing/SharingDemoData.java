package org.entente.sharing;

import java.util.Set;

import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo red lines: Costrava shares its restricted situation reports with its neighbour Dalmeria and the regional
 * body, but not with the countries of origin; Dalmeria shares stock levels with the regional body only.
 */
@Component
@Profile("demo")
@Order(30)
class SharingDemoData implements ApplicationRunner {

    private static final PartyCode COSTRAVA = new PartyCode("XCO");
    private static final PartyCode DALMERIA = new PartyCode("XDA");
    private static final PartyCode REGION = new PartyCode("SLC");

    private final Sharing sharing;

    SharingDemoData(Sharing sharing) {
        this.sharing = sharing;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!sharing.rulesOf(Actor.system(), COSTRAVA).isEmpty()) {
            return;
        }
        sharing.setRule(focalPointOf(COSTRAVA), COSTRAVA, DataKind.SITUATION_REPORT, Set.of(DALMERIA, REGION), null);
        sharing.setRule(focalPointOf(COSTRAVA), COSTRAVA, DataKind.ASSISTANCE_REQUEST, Set.of(REGION), null);
        sharing.setRule(focalPointOf(DALMERIA), DALMERIA, DataKind.STOCK_LEVEL, Set.of(REGION), null);
    }

    /** Rules are set as the owner's focal point would set them, so the demo obeys the same access rule. */
    private static Actor focalPointOf(PartyCode party) {
        return Actor.user("focal." + party.value().toLowerCase(java.util.Locale.ROOT),
                java.util.List.of(new Actor.Membership(party, Set.of(Role.FOCAL_POINT))));
    }
}
