package org.entente.logistics;

import java.util.HashSet;
import java.util.Set;

import org.entente.crisis.Crisis;
import org.entente.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shipments a figure may count for a reader: those all of whose items serve requests the reader may read. A
 * shipment that also carries a withheld request's goods is left out of every total, count and cost the reader gets.
 */
@Component
class ReadableShipments {

    private final JdbcClient jdbc;
    private final AssistanceRequests requests;

    ReadableShipments(JdbcClient jdbc, AssistanceRequests requests) {
        this.jdbc = jdbc;
        this.requests = requests;
    }

    /** The readable requests of the crisis and the shipments serving only them. */
    record Readable(Set<Long> requests, Set<Long> shipments) {
    }

    Readable of(Actor actor, Crisis crisis) {
        Set<Long> readable = requests.readableIds(actor, crisis);
        Set<Long> all = new HashSet<>();
        Set<Long> hidden = new HashSet<>();
        jdbc.sql("select s.id, i.request from shipment s join shipment_item i on i.shipment = s.id where s.crisis = ?")
                .param(crisis.id()).query(rs -> {
                    all.add(rs.getLong(1));
                    if (!readable.contains(rs.getLong(2))) {
                        hidden.add(rs.getLong(1));
                    }
                });
        all.removeAll(hidden);
        return new Readable(Set.copyOf(readable), Set.copyOf(all));
    }
}
