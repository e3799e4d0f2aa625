package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.entente.logistics.LogisticsNode;
import org.entente.logistics.LogisticsNetwork;
import org.entente.logistics.StockCards;
import org.entente.logistics.Catalogue;
import org.entente.logistics.Commodity;
import org.entente.allocation.Instance;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.sharing.DataKind;
import org.entente.sharing.Sharing;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator administers accounts for its own party's platform, and acts on data only as a member of a party:
 * it neither moves another party's stock nor joins another party by itself; that party's focal point decides.
 */
@IntegrationTest
class AdministratorScopeIntegrationTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Accounts accounts;
    @Autowired
    Sharing sharing;
    @Autowired
    LogisticsNetwork network;
    @Autowired
    StockCards stock;
    @Autowired
    Catalogue catalogue;

    @Test
    void anAdministratorDoesNotIssueStockFromAnotherPartysWarehouse() {
        var admin = fixtures.user(fixtures.party().code(), Role.ADMIN);
        var keeper = fixtures.user(fixtures.party().code(), Role.LOGISTICS_OFFICER);
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        catalogue.add(keeper.actor(), new Commodity("AK-" + suffix, "Kit", "kit", 1, null, Commodity.Category.WASH,
                null, false, 0));
        network.addNode(keeper.actor(), new LogisticsNode("AW-" + suffix, "Warehouse", Instance.NodeKind.WAREHOUSE,
                keeper.party(), null, null, 0));
        stock.record(keeper.actor(), "AW-" + suffix, new StockCards.Entry("RECEIPT", "AK-" + suffix, "L1",
                keeper.party().value(), 50.0, null, "Stockpile", null));

        assertThatThrownBy(() -> stock.record(admin.actor(), "AW-" + suffix, new StockCards.Entry("ISSUE",
                "AK-" + suffix, "L1", keeper.party().value(), 10.0, null, "Taken", null)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void anAdministratorCannotAddItselfToAnotherPartyButThatPartysFocalPointCan() {
        var admin = fixtures.user(fixtures.party().code(), Role.ADMIN);
        var other = fixtures.user(Role.FOCAL_POINT);
        Map<PartyCode, Set<Role>> joined = Map.of(admin.party(), Set.of(Role.ADMIN),
                other.party(), Set.of(Role.FOCAL_POINT));

        assertThatThrownBy(() -> accounts.grant(admin.actor(), admin.username(), joined))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("focal point");
        Actor stillAdmin = accounts.get(admin.username()).actor();
        assertThat(stillAdmin.isMemberOf(other.party())).isFalse();
        assertThatThrownBy(() -> sharing.setRule(stillAdmin, other.party(), DataKind.SITUATION_REPORT, Set.of(), null))
                .isInstanceOf(AccessDenied.class);

        accounts.grant(other.actor(), admin.username(), Map.of(admin.party(), Set.of(Role.ADMIN),
                other.party(), Set.of(Role.MONITOR)));
        assertThat(accounts.get(admin.username()).actor().hasRoleFor(other.party(), Role.MONITOR)).isTrue();
    }

    @Test
    void aFocalPointChangesOnlyItsOwnPartysMembership() {
        var focal = fixtures.user(Role.FOCAL_POINT);
        var someone = fixtures.user(fixtures.party().code(), Role.MONITOR);

        assertThatThrownBy(() -> accounts.grant(focal.actor(), someone.username(),
                Map.of(someone.party(), Set.of(Role.FOCAL_POINT))))
                .isInstanceOf(AccessDenied.class);
    }
}
