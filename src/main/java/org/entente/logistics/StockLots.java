package org.entente.logistics;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where stock lots are kept ({@code stock_balance}). A lot is read with its row locked until the transaction ends,
 * so that two officers or two approvals taking from the same lot at once change it one after the other and the second
 * sees what the first left.
 */
@Repository
class StockLots {

    private final JdbcClient jdbc;

    StockLots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lot, locked for this transaction; none if nothing was ever received as it. */
    Optional<StockLot> lock(StockLot.Key key) {
        return jdbc.sql("""
                select on_hand, reserved, expires_on from stock_balance
                where warehouse = ? and commodity = ? and lot = ? and owner_party = ? for update""")
                .params(key.warehouse(), key.commodity(), key.lot(), key.owner())
                .query((rs, n) -> StockLot.of(key, rs.getDouble(1), rs.getDouble(2), rs.getObject(3, LocalDate.class)))
                .optional();
    }

    /** The lot, locked, or a lot not yet received. */
    StockLot lockOrNone(StockLot.Key key) {
        return lock(key).orElseGet(() -> StockLot.none(key));
    }

    void save(StockLot lot) {
        StockLot.Key key = lot.key();
        if (lot.isStored()) {
            jdbc.sql("""
                    update stock_balance set on_hand = ?, reserved = ?, expires_on = ?
                    where warehouse = ? and commodity = ? and lot = ? and owner_party = ?""")
                    .params(lot.onHand(), lot.reserved(), lot.expiresOn(), key.warehouse(), key.commodity(), key.lot(),
                            key.owner())
                    .update();
        } else {
            jdbc.sql("""
                    insert into stock_balance (warehouse, commodity, lot, owner_party, on_hand, reserved, expires_on)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(key.warehouse(), key.commodity(), key.lot(), key.owner(), lot.onHand(), lot.reserved(),
                            lot.expiresOn())
                    .update();
        }
    }
}
