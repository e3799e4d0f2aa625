package org.entente.logistics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.shared.Actor;
import org.entente.sharing.SmallCounts;
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
    public record Punctuality(Integer delivered, Integer deliveredOnTime, Integer underWay, Integer pastPlannedArrival) {
    }

    public record View(Crisis crisis, List<Allocation> allocations, Map<Shipment.Status, Integer> shipments,
            Punctuality punctuality, CostSharing.Ledger costs) {
    }

    private final JdbcClient jdbc;
    private final CrisisRoom crises;
    private final ReadableShipments readableShipments;
    private final CostSharing costs;
    private final Clock clock;

    Transparency(JdbcClient jdbc, CrisisRoom crises, ReadableShipments readableShipments, CostSharing costs,
            Clock clock) {
        this.jdbc = jdbc;
        this.crises = crises;
        this.readableShipments = readableShipments;
        this.costs = costs;
        this.clock = clock;
    }

    /**
     * For anyone who may see the crisis: for a public crisis, everyone. Every figure counts only the requests the
     * reader may read and the shipments that serve nothing else, so an anonymous reader's figures hold public
     * requests alone; for an anonymous reader, shipment counts from 1 to 10 are withheld (null), with a second count
     * where one would otherwise be worked out from a total ({@link SmallCounts}).
     */
    @Transactional(readOnly = true)
    public View of(Actor actor, long crisisId) {
        Crisis crisis = crises.get(actor, crisisId);
        ReadableShipments.Readable seen = readableShipments.of(actor, crisis);
        Set<Long> readable = seen.requests();
        List<Allocation> allocations = new ArrayList<>();
        Map<String, double[]> byPartyAndCommodity = new TreeMap<>();
        jdbc.sql("""
                select r.id, r.requesting_party, d.commodity, sum(d.quantity) from allocation_draw d
                join allocation_plan p on p.id = d.plan join assistance_request r on r.id = d.request
                where p.crisis = ? and p.status = 'APPROVED' group by r.id, r.requesting_party, d.commodity""")
                .param(crisisId).query(rs -> {
                    if (readable.contains(rs.getLong(1))) {
                        byPartyAndCommodity.computeIfAbsent(rs.getString(2) + "\t" + rs.getString(3),
                                k -> new double[2])[0] += rs.getDouble(4);
                    }
                });
        jdbc.sql("""
                select q.id, q.requesting_party, l.commodity, sum(l.delivered) from assistance_line l
                join assistance_request q on q.id = l.request where q.crisis = ?
                group by q.id, q.requesting_party, l.commodity""")
                .param(crisisId).query(rs -> {
                    double[] figures = byPartyAndCommodity.get(rs.getString(2) + "\t" + rs.getString(3));
                    if (figures != null && readable.contains(rs.getLong(1))) {
                        figures[1] += rs.getDouble(4);
                    }
                });
        byPartyAndCommodity.forEach((key, figures) -> allocations.add(new Allocation(key.substring(0, key.indexOf('\t')),
                key.substring(key.indexOf('\t') + 1), figures[0], figures[1])));
        Set<Long> shown = seen.shipments();
        Map<Shipment.Status, Integer> shipments = new EnumMap<>(Shipment.Status.class);
        jdbc.sql("select id, status from shipment where crisis = ?").param(crisisId).query(rs -> {
            if (shown.contains(rs.getLong(1))) {
                shipments.merge(Shipment.Status.valueOf(rs.getString(2)), 1, Integer::sum);
            }
        });
        Punctuality punctuality = punctuality(crisisId, shown);
        if (!actor.isAuthenticated()) {
            shipments.replaceAll((status, count) -> publishable(count));
            // Of those delivered, on time and late add up to a count shown beside them; so do those under way.
            Map<String, Long> arrived = new java.util.LinkedHashMap<>();
            arrived.put("on time", (long) punctuality.deliveredOnTime());
            arrived.put("late", (long) punctuality.delivered() - punctuality.deliveredOnTime());
            Map<String, Long> travelling = new java.util.LinkedHashMap<>();
            travelling.put("past", (long) punctuality.pastPlannedArrival());
            travelling.put("not yet", (long) punctuality.underWay() - punctuality.pastPlannedArrival());
            SmallCounts.Group<String> delivered = SmallCounts.publishableWithTotal(arrived);
            SmallCounts.Group<String> underWay = SmallCounts.publishableWithTotal(travelling);
            punctuality = new Punctuality(count(delivered.total()), count(delivered.cells().get("on time")),
                    count(underWay.total()), count(underWay.cells().get("past")));
        }
        return new View(crisis, allocations, shipments, punctuality, costs.ledger(crisisId, shown));
    }

    private static Integer count(java.util.OptionalLong shown) {
        return shown.isPresent() ? (int) shown.getAsLong() : null;
    }

    /** A count an anonymous reader may see, or null where it is small enough to point at someone. */
    private static Integer publishable(Integer count) {
        return count == null ? null : SmallCounts.publishable(count).isPresent() ? count : null;
    }

    private Punctuality punctuality(long crisisId, Set<Long> shown) {
        int[] counts = new int[4];
        Instant now = clock.instant();
        jdbc.sql("""
                select s.id, s.status, s.dispatched_at, s.delivered_at,
                    (select sum(l.transit_hours + l.delay_hours) from shipment_leg l where l.shipment = s.id)
                from shipment s where s.crisis = ? and s.dispatched_at is not null and s.status <> 'CANCELLED'""")
                .param(crisisId).query(rs -> {
                    if (!shown.contains(rs.getLong(1))) {
                        return;
                    }
                    double hours = rs.getDouble(5);
                    if (rs.wasNull()) {
                        // Planned before legs were kept: no planned arrival to hold it to.
                        return;
                    }
                    Instant planned = ShipmentLegs.after(rs.getTimestamp(3).toInstant(), hours);
                    if (Shipment.Status.valueOf(rs.getString(2)) == Shipment.Status.DELIVERED) {
                        counts[0]++;
                        if (!rs.getTimestamp(4).toInstant().isAfter(planned)) {
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
