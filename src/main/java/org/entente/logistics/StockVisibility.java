package org.entente.logistics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.sharing.Classified;
import org.entente.sharing.DataKind;
import org.entente.sharing.Disclosure;
import org.entente.sharing.Sharing;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees a party's stock levels, wherever its stock is stored: the party's red line for STOCK_LEVEL, decided by its
 * focal point or logistics officer, and applied through {@code sharing} whenever {@link StockCards} shows stock.
 */
@Service
public class StockVisibility {

    /** A party's choice of who sees its stock levels, wherever its stock is stored. */
    public record Setting(String party, Classification classification, Instant setAt, String setBy) {
    }

    /** Stock of one owner at one warehouse, as the red lines see it; CONFIDENTIAL admits the warehouse's operator. */
    private record OwnedStock(PartyCode owner, Classification classification, Set<PartyCode> recipients,
            String reference) implements Classified {

        @Override
        public DataKind dataKind() {
            return DataKind.STOCK_LEVEL;
        }
    }

    private final JdbcClient jdbc;
    private final Sharing sharing;
    private final AuditTrail audit;
    private final Clock clock;

    StockVisibility(JdbcClient jdbc, Sharing sharing, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.sharing = sharing;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The owners whose stock at this warehouse the reader may see, by each owner's red line for STOCK_LEVEL. Each
     * owner's stock here is one record for the disclosure log, {@code stock/WAREHOUSE/OWNER}.
     */
    Set<String> admittedOwners(Actor actor, LogisticsNode at, List<String> owners) {
        Map<String, Classification> levels = visibilities();
        List<OwnedStock> records = owners.stream().distinct().map(o -> new OwnedStock(new PartyCode(o),
                levels.getOrDefault(o, Classification.PARTNERS), Set.of(at.party()), "stock/" + at.code() + "/" + o))
                .toList();
        return sharing.filter(actor, records, Disclosure.Purpose.READ).items().stream()
                .map(r -> r.owner().value()).collect(java.util.stream.Collectors.toSet());
    }

    private Map<String, Classification> visibilities() {
        Map<String, Classification> levels = new java.util.HashMap<>();
        jdbc.sql("select owner_party, classification from stock_visibility")
                .query((rs, n) -> Map.entry(rs.getString(1), Classification.valueOf(rs.getString(2)))).list()
                .forEach(e -> levels.put(e.getKey(), e.getValue()));
        return levels;
    }

    /** Who sees a party's stock levels; its members ask. */
    @Transactional(readOnly = true)
    public Setting of(Actor actor, PartyCode party) {
        actor.requireAuthenticated();
        if (!actor.isMemberOf(party)) {
            throw new AccessDenied("only members of " + party + " see who sees its stock levels");
        }
        return jdbc.sql("select * from stock_visibility where owner_party = ?").param(party.value())
                .query((rs, n) -> new Setting(rs.getString("owner_party"),
                        Classification.valueOf(rs.getString("classification")), rs.getTimestamp("set_at").toInstant(),
                        rs.getString("set_by"))).optional()
                .orElse(new Setting(party.value(), Classification.PARTNERS, null, null));
    }

    /**
     * Sets who sees a party's stock levels, for every lot it owns wherever it is stored: PARTNERS (every partner),
     * RESTRICTED (the parties on its sharing rule for STOCK_LEVEL) or CONFIDENTIAL (the operator of the warehouse that
     * holds the stock). The party's focal point or logistics officer decides.
     */
    @Transactional
    public Setting set(Actor actor, PartyCode party, Classification classification) {
        if (!actor.hasRoleFor(party, Role.FOCAL_POINT) && !actor.hasRoleFor(party, Role.LOGISTICS_OFFICER)) {
            throw new AccessDenied("only " + party + "'s focal point or logistics officer decides who sees its stock");
        }
        if (classification == null || classification == Classification.PUBLIC) {
            throw new InvalidInput("classification", "is required: PARTNERS, RESTRICTED or CONFIDENTIAL");
        }
        Instant now = clock.instant();
        int changed = jdbc.sql("update stock_visibility set classification = ?, set_at = ?, set_by = ? where owner_party = ?")
                .params(classification.name(), java.sql.Timestamp.from(now), actor.username(), party.value()).update();
        if (changed == 0) {
            jdbc.sql("insert into stock_visibility (owner_party, classification, set_at, set_by) values (?, ?, ?, ?)")
                    .params(party.value(), classification.name(), java.sql.Timestamp.from(now), actor.username()).update();
        }
        audit.record(new AuditEvent(actor, party.value(), "stock.visibility-set", "StockVisibility", party.value(),
                party + " shows its stock levels to " + classification));
        return of(actor, party);
    }
}
