package org.entente.logistics;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may see of a crisis's relief logistics, so that nobody has to take allocation on trust: what each
 * requesting party was allocated and has received, by commodity; how many shipments are at each stage; and who pays
 * what. Routes, tracking places and lots are left out, because convoy movements can be sensitive.
 */
@Service
public class Transparency {

    public record Allocation(String party, String commodity, double allocated, double delivered) {
    }

    /**
     * Shipments against their plan: of those delivered, how many arrived by the time their legs add up to from
     * dispatch; of those under way, how many are past it.
     */
    public record Punctuality(int delivered, int deliveredOnTime, int underWay, int pastPlannedArrival) {
    }

    public record View(Crisis crisis, List<Allocation> allocations, Map<Shipments.Status, Integer> shipments,
            Punctuality punctuality, CostSharing.Ledger costs) {
    }

    private final JdbcClient jdbc;
    private final CrisisRoom crises;
    private final CostSharing costs;
    private final Clock clock;

    Transparency(JdbcClient jdbc, CrisisRoom crises, CostSharing costs, Clock clock) {
        this.jdbc = jdbc;
        this.crises = crises;
        this.costs = costs;
        this.clock = clock;
    }

    /** For anyone who may see the crisis: for a public crisis, everyone. */
    @Transactional(readOnly = true)
    public View of(Actor actor, long crisisId) {
        Crisis crisis = crises.get(actor, crisisId);
        List<Allocation> allocations = jdbc.sql("""
                select r.requesting_party, d.commodity, sum(d.quantity),
                    (select coalesce(sum(l.delivered), 0) from assistance_line l join assistance_request q on q.id = l.request
                     where q.crisis = r.crisis and q.requesting_party = r.requesting_party and l.commodity = d.commodity)
                from allocation_draw d
                join allocation_plan p on p.id = d.plan
                join assistance_request r on r.id = d.request
                where p.crisis = ? and p.status = 'APPROVED'
                group by r.crisis, r.requesting_party, d.commodity
                order by r.requesting_party, d.commodity""")
                .param(crisisId)
                .query((rs, n) -> new Allocation(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4))).list();
        Map<Shipments.Status, Integer> shipments = new EnumMap<>(Shipments.Status.class);
        jdbc.sql("select status, count(*) from shipment where crisis = ? group by status").param(crisisId)
                .query((rs, n) -> Map.entry(Shipments.Status.valueOf(rs.getString(1)), rs.getInt(2))).list()
                .forEach(e -> shipments.put(e.getKey(), e.getValue()));
        return new View(crisis, allocations, shipments, punctuality(crisisId), costs.ledger(actor, crisisId));
    }

    private Punctuality punctuality(long crisisId) {
        int[] counts = new int[4];
        Instant now = clock.instant();
        jdbc.sql("""
                select s.status, s.dispatched_at, s.delivered_at,
                    (select sum(l.transit_hours + l.delay_hours) from shipment_leg l where l.shipment = s.id)
                from shipment s where s.crisis = ? and s.dispatched_at is not null and s.status <> 'CANCELLED'""")
                .param(crisisId).query(rs -> {
                    double hours = rs.getDouble(4);
                    if (rs.wasNull()) {
                        // Planned before legs were kept: no planned arrival to hold it to.
                        return;
                    }
                    Instant planned = ShipmentLegs.after(rs.getTimestamp(2).toInstant(), hours);
                    if (Shipments.Status.valueOf(rs.getString(1)) == Shipments.Status.DELIVERED) {
                        counts[0]++;
                        if (!rs.getTimestamp(3).toInstant().isAfter(planned)) {
                            counts[1]++;
                        }
                    } else {
                        counts[2]++;
                        if (now.isAfter(planned)) {
                            counts[3]++;
                        }
                    }
                });
        return new Punctuality(counts[0], counts[1], counts[2], counts[3]);
    }
}
