package org.entente.logistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.entente.allocation.Instance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The legs of a shipment, one per link of its route, as the network stood when its plan was approved: the mode and
 * the transit and border hours. They are kept, so that what was planned stays what was planned if a link is edited
 * later. Read with the shipment's tracking, each leg says when it was planned to end (hours from dispatch), when it is
 * now expected to end (counted again from the last node the convoy was reported at), whether it was reached, and
 * whether it is late: not reached, and expected before now.
 */
@Component
class ShipmentLegs {

    private final JdbcClient jdbc;
    private final Clock clock;

    ShipmentLegs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The legs of a new shipment: the links its plan named by id, or, for a plan made before links were named (or if
     * one was removed since), the quickest link between each two nodes of its path.
     */
    List<Shipment.PlannedLeg> route(String linkIds, List<String> path) {
        if (linkIds != null && !linkIds.isBlank()) {
            List<Shipment.PlannedLeg> named = new ArrayList<>();
            for (String id : linkIds.trim().split(" ")) {
                byId(Long.parseLong(id)).ifPresent(named::add);
            }
            if (follows(named, path)) {
                return named;
            }
        }
        List<Shipment.PlannedLeg> route = new ArrayList<>();
        for (int i = 0; i + 1 < path.size(); i++) {
            quickest(path.get(i), path.get(i + 1)).ifPresent(route::add);
        }
        return route;
    }

    /** The legs of a shipment with its progress; a shipment made before legs were kept gets them from its path. */
    List<Shipments.Leg> of(Shipment shipment) {
        List<Shipment.PlannedLeg> route = shipment.plannedLegs();
        if (route.isEmpty()) {
            route = route(null, shipment.path());
        }
        Shipment.Status status = shipment.status();
        Instant dispatchedAt = shipment.dispatchedAt();
        List<Shipment.Event> events = shipment.events();
        // The furthest node of the route that a tracking event names, and when.
        List<Shipment.Event> tracked = events.stream().filter(e -> e.place() != null && !e.place().isBlank()
                && (e.status() == Shipment.Status.IN_TRANSIT || e.status() == Shipment.Status.AT_BORDER)).toList();
        Map<String, String> names = tracked.isEmpty() ? Map.of() : names(route);
        int reachedNode = 0;
        Instant reachedAt = dispatchedAt;
        for (Shipment.Event e : tracked) {
            String place = e.place().strip().toLowerCase(Locale.ROOT);
            // Node k of the route is where leg k - 1 ends.
            for (int node = reachedNode + 1; node <= route.size(); node++) {
                String code = route.get(node - 1).to();
                if (place.equals(code.toLowerCase(Locale.ROOT)) || place.equals(names.get(code))) {
                    reachedNode = node;
                    reachedAt = e.occurredAt();
                }
            }
        }
        boolean delivered = status == Shipment.Status.DELIVERED;
        boolean underWay = dispatchedAt != null && !delivered && status != Shipment.Status.CANCELLED;
        Instant now = clock.instant();
        List<Shipments.Leg> legs = new ArrayList<>();
        double planned = 0;
        double sinceReached = 0;
        for (int i = 0; i < route.size(); i++) {
            Shipment.PlannedLeg l = route.get(i);
            planned += l.hours();
            boolean reached = delivered || i < reachedNode;
            if (!reached) {
                sinceReached += l.hours();
            }
            Instant plannedArrival = dispatchedAt == null ? null : after(dispatchedAt, planned);
            Instant expectedArrival = reached || dispatchedAt == null ? null : after(reachedAt, sinceReached);
            legs.add(new Shipments.Leg(l.from(), l.to(), l.mode(), l.transitHours(), l.delayHours(), planned,
                    plannedArrival, expectedArrival, reached, underWay && !reached && now.isAfter(expectedArrival)));
        }
        return legs;
    }

    private static boolean follows(List<Shipment.PlannedLeg> route, List<String> path) {
        if (route.size() != path.size() - 1) {
            return false;
        }
        for (int i = 0; i < route.size(); i++) {
            if (!route.get(i).from().equals(path.get(i)) || !route.get(i).to().equals(path.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private Optional<Shipment.PlannedLeg> byId(long id) {
        return jdbc.sql("select * from logistics_link where id = ?").param(id).query(ShipmentLegs::link).optional();
    }

    private Optional<Shipment.PlannedLeg> quickest(String from, String to) {
        return jdbc.sql("select * from logistics_link where from_node = ? and to_node = ?").params(from, to)
                .query(ShipmentLegs::link).list().stream().min(Comparator.comparingDouble(Shipment.PlannedLeg::hours));
    }

    private static Shipment.PlannedLeg link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Shipment.PlannedLeg(rs.getLong("id"), rs.getString("from_node"), rs.getString("to_node"),
                Instance.Mode.valueOf(rs.getString("mode")), rs.getDouble("transit_hours"), rs.getDouble("delay_hours"));
    }

    /** The names of the nodes a route reaches, in lower case, by code: a tracking event may name a node either way. */
    private Map<String, String> names(List<Shipment.PlannedLeg> route) {
        if (route.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select code, name from logistics_node where code in (:codes)")
                .param("codes", route.stream().map(Shipment.PlannedLeg::to).toList())
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2).strip().toLowerCase(Locale.ROOT));
                });
        return names;
    }

    /** An instant some hours, to the second, after another: when a leg or a route planned from it ends. */
    static Instant after(Instant start, double hours) {
        return start.plus(Duration.ofSeconds(Math.round(hours * 3600)));
    }
}
