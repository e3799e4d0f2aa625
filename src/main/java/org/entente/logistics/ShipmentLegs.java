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

    private record Link(Long id, String from, String to, Instance.Mode mode, double transitHours, double delayHours) {

        double hours() {
            return transitHours + delayHours;
        }
    }

    /**
     * Keeps the legs of a new shipment: the links its plan named by id, or, for a plan made before links were named
     * (or if one was removed since), the quickest link between each two nodes of its path.
     */
    void keep(long shipment, String linkIds, List<String> path) {
        List<Link> route = route(linkIds, path);
        for (int i = 0; i < route.size(); i++) {
            Link l = route.get(i);
            jdbc.sql("""
                    insert into shipment_leg (shipment, list_index, link, from_node, to_node, mode, transit_hours,
                        delay_hours) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(shipment, i, l.id(), l.from(), l.to(), l.mode().name(), l.transitHours(), l.delayHours())
                    .update();
        }
    }

    /** The legs of a shipment with its progress; a shipment made before legs were kept gets them from its path. */
    List<Shipments.Leg> of(long shipment, List<String> path, Shipments.Status status, Instant dispatchedAt,
            List<Shipments.Event> events) {
        List<Link> route = jdbc.sql("select * from shipment_leg where shipment = ? order by list_index").param(shipment)
                .query((rs, n) -> new Link((Long) rs.getObject("link", Long.class), rs.getString("from_node"),
                        rs.getString("to_node"), Instance.Mode.valueOf(rs.getString("mode")),
                        rs.getDouble("transit_hours"), rs.getDouble("delay_hours"))).list();
        if (route.isEmpty()) {
            route = route(null, path);
        }
        // The furthest node of the route that a tracking event names, and when.
        List<Shipments.Event> tracked = events.stream().filter(e -> e.place() != null && !e.place().isBlank()
                && (e.status() == Shipments.Status.IN_TRANSIT || e.status() == Shipments.Status.AT_BORDER)).toList();
        Map<String, String> names = tracked.isEmpty() ? Map.of() : names(route);
        int reachedNode = 0;
        Instant reachedAt = dispatchedAt;
        for (Shipments.Event e : tracked) {
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
        boolean delivered = status == Shipments.Status.DELIVERED;
        boolean underWay = dispatchedAt != null && !delivered && status != Shipments.Status.CANCELLED;
        Instant now = clock.instant();
        List<Shipments.Leg> legs = new ArrayList<>();
        double planned = 0;
        double sinceReached = 0;
        for (int i = 0; i < route.size(); i++) {
            Link l = route.get(i);
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

    private List<Link> route(String linkIds, List<String> path) {
        if (linkIds != null && !linkIds.isBlank()) {
            List<Link> named = new ArrayList<>();
            for (String id : linkIds.trim().split(" ")) {
                byId(Long.parseLong(id)).ifPresent(named::add);
            }
            if (follows(named, path)) {
                return named;
            }
        }
        List<Link> route = new ArrayList<>();
        for (int i = 0; i + 1 < path.size(); i++) {
            quickest(path.get(i), path.get(i + 1)).ifPresent(route::add);
        }
        return route;
    }

    private static boolean follows(List<Link> route, List<String> path) {
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

    private Optional<Link> byId(long id) {
        return jdbc.sql("select * from logistics_link where id = ?").param(id).query(ShipmentLegs::link).optional();
    }

    private Optional<Link> quickest(String from, String to) {
        return jdbc.sql("select * from logistics_link where from_node = ? and to_node = ?").params(from, to)
                .query(ShipmentLegs::link).list().stream().min(Comparator.comparingDouble(Link::hours));
    }

    private static Link link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Link(rs.getLong("id"), rs.getString("from_node"), rs.getString("to_node"),
                Instance.Mode.valueOf(rs.getString("mode")), rs.getDouble("transit_hours"), rs.getDouble("delay_hours"));
    }

    /** The names of the nodes a route reaches, in lower case, by code: a tracking event may name a node either way. */
    private Map<String, String> names(List<Link> route) {
        if (route.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select code, name from logistics_node where code in (:codes)")
                .param("codes", route.stream().map(Link::to).toList())
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
