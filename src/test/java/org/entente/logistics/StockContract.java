package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.entente.allocation.Instance;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Stock as a stock card on a real database: movements with reasons, balances derived and never negative (also when
 * two officers issue the last units at once), transfers that keep owner and expiry, minimum levels and expiry
 * write-offs; the network's closures; the catalogue's versions.
 */
abstract class StockContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Catalogue catalogue;
    @Autowired
    LogisticsNetwork network;
    @Autowired
    StockCards stock;
    @Autowired
    MutableClock clock;
    @Autowired
    org.entente.sharing.Sharing sharing;
    @Autowired
    StockVisibility visibility;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Fixtures.TestUser officer;
    Fixtures.TestUser contributor;
    String warehouse;
    String other;
    String kit;

    @BeforeEach
    void aWarehouseWithACatalogue() {
        officer = fixtures.user(fixtures.party().code(), Role.LOGISTICS_OFFICER);
        contributor = fixtures.user(fixtures.party().code(), Role.FOCAL_POINT);
        String suffix = String.valueOf(System.nanoTime() % 100000000);
        kit = "KIT-" + suffix;
        catalogue.add(officer.actor(), new Commodity(kit, "Family hygiene kit", "kit", 4.5, 0.02,
                Commodity.Category.WASH, 730, false, 0));
        warehouse = "WH-" + suffix;
        other = "WH2-" + suffix;
        network.addNode(officer.actor(), new LogisticsNode(warehouse, "Central warehouse", Instance.NodeKind.WAREHOUSE,
                officer.party(), 10.5, -66.9, 0));
        network.addNode(officer.actor(), new LogisticsNode(other, "Coastal warehouse", Instance.NodeKind.WAREHOUSE,
                officer.party(), 10.6, -67.0, 0));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    List<StockCards.Movement> move(String kind, String lot, String owner, double quantity, LocalDate expires) {
        return stock.record(officer.actor(), warehouse, new StockCards.Entry(kind, kit, lot, owner, quantity, expires,
                kind.toLowerCase() + " for the test", null));
    }

    double onHand(String at) {
        return stock.positions(officer.actor(), at).stream().filter(p -> p.commodity().equals(kit))
                .mapToDouble(StockCards.Position::onHand).sum();
    }

    @Test
    void theOwnersRedLineDecidesWhoSeesItsStockWhereverItIsStored() throws Exception {
        move("RECEIPT", "L-C", contributor.party().value(), 300, null);
        move("RECEIPT", "L-O", officer.party().value(), 100, null);
        Fixtures.TestUser outsider = fixtures.user(Role.FOCAL_POINT);
        mvc.perform(get("/api/v1/logistics/warehouses/{c}/stock", warehouse).header("Authorization", outsider.bearer()))
                .andExpect(header().string("Entente-Withheld", "0"))
                .andExpect(jsonPath("$[0].onHand", is(400.0)));
        mvc.perform(put("/api/v1/logistics/parties/{p}/stock-visibility", contributor.party().value())
                        .header("Authorization", officer.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"classification\": \"CONFIDENTIAL\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/logistics/parties/{p}/stock-visibility", contributor.party().value())
                        .header("Authorization", contributor.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"classification\": \"PUBLIC\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("classification")));
        mvc.perform(put("/api/v1/logistics/parties/{p}/stock-visibility", contributor.party().value())
                        .header("Authorization", contributor.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"classification\": \"CONFIDENTIAL\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classification", is("CONFIDENTIAL")));

        // An outsider no longer sees the contributor's lot, nor its movements; the operator and the owner still do.
        mvc.perform(get("/api/v1/logistics/warehouses/{c}/stock", warehouse).header("Authorization", outsider.bearer()))
                .andExpect(header().string("Entente-Withheld", "1"))
                .andExpect(jsonPath("$[0].onHand", is(100.0)))
                .andExpect(jsonPath("$[0].lots.length()", is(1)))
                .andExpect(jsonPath("$[0].lots[0].lot", is("L-O")));
        assertThat(stock.card(outsider.actor(), warehouse, null, 100)).extracting(StockCards.Movement::lot)
                .containsOnly("L-O");
        assertThat(stock.holding(officer.actor(), warehouse).lotsWithheld()).isZero();
        assertThat(onHand(warehouse)).isEqualTo(400);
        assertThat(stock.holding(contributor.actor(), warehouse).positions().get(0).onHand()).isEqualTo(400);

        // RESTRICTED: the parties on the contributor's sharing rule for stock levels, and nobody else.
        visibility.set(contributor.actor(), contributor.party(), org.entente.shared.Classification.RESTRICTED);
        assertThat(stock.holding(outsider.actor(), warehouse).lotsWithheld()).isEqualTo(1);
        assertThat(stock.holding(officer.actor(), warehouse).lotsWithheld()).isEqualTo(1);
        sharing.setRule(contributor.actor(), contributor.party(), org.entente.sharing.DataKind.STOCK_LEVEL,
                java.util.Set.of(outsider.party()), null);
        assertThat(stock.holding(outsider.actor(), warehouse).lotsWithheld()).isZero();
        assertThat(stock.holding(outsider.actor(), warehouse).positions().get(0).onHand()).isEqualTo(400);
    }

    @Test
    void onHandIsWhatTheMovementsAddUpToAndPooledStockKeepsItsOwner() throws Exception {
        move("RECEIPT", "L1", contributor.party().value(), 500, null);
        move("RECEIPT", "L2", officer.party().value(), 200, null);
        move("ISSUE", "L1", contributor.party().value(), 120, null);
        move("ADJUSTMENT", "L2", officer.party().value(), -5, null);
        assertThat(onHand(warehouse)).isEqualTo(575);
        assertThat(stock.positions(officer.actor(), warehouse).get(0).lots())
                .extracting(StockCards.Lot::lot, StockCards.Lot::owner, StockCards.Lot::onHand)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("L1", contributor.party().value(), 380.0),
                        org.assertj.core.groups.Tuple.tuple("L2", officer.party().value(), 195.0));
        mvc.perform(get("/api/v1/logistics/warehouses/{w}/movements", warehouse).header("Authorization", contributor.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", is(4)))
                .andExpect(jsonPath("$[0].kind", is("ADJUSTMENT")))
                .andExpect(jsonPath("$[0].direction", is(-1)))
                .andExpect(jsonPath("$[0].reason", is("adjustment for the test")));
    }

    @Test
    void stockNeverGoesBelowZeroAndARefusedIssueWritesNothing() throws Exception {
        move("RECEIPT", "L1", officer.party().value(), 100, null);
        mvc.perform(post("/api/v1/logistics/warehouses/{w}/movements", warehouse).header("Authorization", officer.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "ISSUE", "commodity": "%s", "lot": "L1", "owner": "%s", "quantity": 101,
                                 "reason": "Convoy to the delta"}""".formatted(kit, officer.party())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("quantity")));
        mvc.perform(post("/api/v1/logistics/warehouses/{w}/movements", warehouse).header("Authorization", officer.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "ISSUE", "commodity": "%s", "lot": "L1", "owner": "%s", "quantity": 2.5,
                                 "reason": "Half kits"}""".formatted(kit, officer.party())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("quantity")));
        assertThat(onHand(warehouse)).isEqualTo(100);
        assertThat(stock.card(officer.actor(), warehouse, kit, 10)).hasSize(1);
    }

    @Test
    void twoOfficersIssuingTheLastUnitsAtOnceCannotBothSucceed() throws Exception {
        move("RECEIPT", "L1", officer.party().value(), 100, null);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> issue = () -> {
            start.await();
            try {
                move("ISSUE", "L1", officer.party().value(), 60, null);
                return true;
            } catch (InvalidInput | org.springframework.dao.DataAccessException e) {
                org.slf4j.LoggerFactory.getLogger(StockContract.class).info("issue refused: {}", e.toString());
                return false;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>(List.of(pool.submit(issue), pool.submit(issue)));
            start.countDown();
            long succeeded = 0;
            for (Future<Boolean> f : results) {
                succeeded += f.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(onHand(warehouse)).isEqualTo(40);
        assertThat(stock.card(officer.actor(), warehouse, kit, 10)).hasSize(2);
    }

    @Test
    void aTransferMovesTheLotWithItsOwnerAndExpiry() {
        LocalDate expiry = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(200);
        move("RECEIPT", "L7", contributor.party().value(), 300, expiry);
        stock.record(officer.actor(), warehouse, new StockCards.Entry("TRANSFER", kit, "L7", contributor.party().value(),
                120.0, null, "Pre-positioning on the coast", other));
        assertThat(onHand(warehouse)).isEqualTo(180);
        assertThat(stock.positions(officer.actor(), other).get(0).lots()).singleElement().satisfies(l -> {
            assertThat(l.owner()).isEqualTo(contributor.party().value());
            assertThat(l.expiresOn()).isEqualTo(expiry);
            assertThat(l.onHand()).isEqualTo(120);
        });
        assertThat(stock.card(officer.actor(), other, kit, 10)).singleElement()
                .satisfies(m -> assertThat(m.counterpart()).isEqualTo(warehouse));
    }

    @Test
    void aMinimumLevelFlagsLowStockAndExpiredLotsAreWrittenOffWithAReason() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        move("RECEIPT", "OLD", officer.party().value(), 50, today.plusDays(10));
        move("RECEIPT", "NEW", officer.party().value(), 250, today.plusDays(400));
        mvc.perform(put("/api/v1/logistics/warehouses/{w}/minimums/{c}", warehouse, kit)
                        .header("Authorization", officer.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minimum\": 280}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].belowMinimum", is(false)))
                .andExpect(jsonPath("$[0].lots[0].lot", is("OLD")))
                .andExpect(jsonPath("$[0].lots[0].expiringSoon", is(true)));

        clock.advance(Duration.ofDays(11));
        assertThat(stock.writeOffExpired()).isGreaterThanOrEqualTo(1);
        assertThat(stock.positions(officer.actor(), warehouse)).singleElement().satisfies(p -> {
            assertThat(p.onHand()).isEqualTo(250);
            assertThat(p.belowMinimum()).isTrue();
        });
        assertThat(stock.card(officer.actor(), warehouse, kit, 1)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(StockCards.Kind.WRITE_OFF);
            assertThat(m.reason()).startsWith("expired on ");
        });
    }

    @Test
    void anExpiredLotAPlanStillReservesIsLeftAndTheOthersAreWrittenOff() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        move("RECEIPT", "HELD", officer.party().value(), 40, today.plusDays(5));
        move("RECEIPT", "FREE", officer.party().value(), 30, today.plusDays(5));
        // As an approved plan's reservation would: part of the lot is promised to a shipment not yet dispatched.
        jdbc.sql("update stock_balance set reserved = 10 where warehouse = ? and lot = 'HELD'").param(warehouse).update();

        clock.advance(Duration.ofDays(6));
        int written = stock.writeOffExpired();

        assertThat(written).isGreaterThanOrEqualTo(1);
        assertThat(stock.positions(officer.actor(), warehouse)).singleElement()
                .satisfies(p -> assertThat(p.lots()).extracting(StockCards.Lot::lot).containsExactly("HELD"));
        jdbc.sql("update stock_balance set reserved = 0 where warehouse = ? and lot = 'HELD'").param(warehouse).update();
        stock.writeOffExpired();
        assertThat(stock.positions(officer.actor(), warehouse)).allSatisfy(p -> assertThat(p.onHand()).isZero());
    }

    @Test
    void onlyTheWarehousesLogisticsOfficerRecordsStockThereWhileColleaguesRead() throws Exception {
        String body = """
                {"kind": "RECEIPT", "commodity": "%s", "lot": "L1", "owner": "%s", "quantity": 10, "reason": "Donation"}"""
                .formatted(kit, officer.party());
        mvc.perform(post("/api/v1/logistics/warehouses/{w}/movements", warehouse)
                        .header("Authorization", fixtures.user(Role.LOGISTICS_OFFICER).bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/logistics/warehouses/{w}/movements", warehouse)
                        .header("Authorization", fixtures.user(officer.party(), Role.MONITOR).bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/logistics/warehouses/{w}/stock", warehouse)
                        .header("Authorization", fixtures.user(officer.party(), Role.MONITOR).bearer()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/logistics/warehouses/{w}/stock", warehouse)).andExpect(status().isUnauthorized());
        assertThat(onHand(warehouse)).isZero();
    }

    @Test
    void aBorderClosureClosesALinkFromItsStartWithItsReasonAndOnlyTheKeeperClosesIt() throws Exception {
        LogisticsLink road = network.addLink(officer.actor(), new LogisticsLink(null, warehouse, other,
                Instance.Mode.ROAD, 8, 4, 40_000, 0.3, null, null, 0));
        assertThatThrownBy(() -> network.close(fixtures.user(Role.LOGISTICS_OFFICER).actor(), road.id(), null, "No"))
                .isInstanceOf(org.entente.shared.AccessDenied.class);
        mvc.perform(post("/api/v1/logistics/links/{id}/closure", road.id()).header("Authorization", officer.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("reason")));
        LogisticsLink closed = network.close(officer.actor(), road.id(), clock.instant().plus(Duration.ofHours(6)),
                "Border closed by decree");
        assertThat(closed.isOpenAt(clock.instant())).isTrue();
        assertThat(closed.isOpenAt(clock.instant().plus(Duration.ofHours(7)))).isFalse();
        assertThat(network.reopen(officer.actor(), road.id()).closedFrom()).isNull();
    }

    @Test
    void theCatalogueRefusesAStaleRevisionAndNamesABadField() throws Exception {
        Commodity current = catalogue.get(kit);
        catalogue.revise(officer.actor(), new Commodity(kit, "Family hygiene kit (2026)", "kit", 4.6, 0.02,
                Commodity.Category.WASH, 730, false, current.version()));
        assertThatThrownBy(() -> catalogue.revise(officer.actor(), new Commodity(kit, "Stale", "kit", 4.5, 0.02,
                Commodity.Category.WASH, 730, false, current.version()))).isInstanceOf(Conflict.class);
        mvc.perform(post("/api/v1/logistics/commodities").header("Authorization", officer.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"TARP\", \"name\": \"Tarpaulin\", \"unit\": \"piece\", \"unitWeightKg\": 0,"
                                + " \"category\": \"SHELTER\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("unitWeightKg")));
        mvc.perform(get("/api/v1/logistics/commodities"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '" + kit + "')].name").value(org.hamcrest.Matchers.hasItem("Family hygiene kit (2026)")));
    }
}
