package org.entente.logistics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.entente.logistics.AssistanceRequest;
import org.entente.logistics.AssistanceRequests;
import org.entente.platform.WaitingWork;
import org.entente.shared.Actor;
import org.entente.shared.Role;

/** Requests waiting for this person's decision, and shipments on their way to this person's party. */
@Component
class LogisticsWaitingWork implements WaitingWork {

    private final AssistanceRequests requests;
    private final JdbcClient jdbc;

    LogisticsWaitingWork(AssistanceRequests requests, JdbcClient jdbc) {
        this.requests = requests;
        this.jdbc = jdbc;
    }

    @Override
    public List<Item> waitingFor(Actor actor) {
        if (!actor.isAuthenticated()) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        Map<Long, Long> toDecide = new TreeMap<>();
        for (AssistanceRequest r : requests.awaitingDecisionBy(actor)) {
            toDecide.merge(r.crisis(), 1L, Long::sum);
        }
        toDecide.forEach((crisis, count) -> items.add(new Item("waiting.requests", count, List.of(crisisName(crisis)),
                "/logistics/crises/" + crisis + "/requests", false)));
        List<String> receivers = actor.partiesWith(Role.LOGISTICS_OFFICER, Role.FOCAL_POINT);
        if (!receivers.isEmpty()) {
            jdbc.sql("""
                    select s.crisis, count(*) as n from shipment s join logistics_node d on d.code = s.destination
                    where s.status in ('DISPATCHED', 'IN_TRANSIT', 'AT_BORDER') and d.party in (:parties)
                    group by s.crisis order by s.crisis""").param("parties", receivers)
                    .query((rs, n) -> new Item("waiting.shipments", rs.getLong("n"),
                            List.of(crisisName(rs.getLong("crisis"))),
                            "/logistics/crises/" + rs.getLong("crisis") + "/requests", false)).list()
                    .forEach(items::add);
        }
        return items;
    }

    private String crisisName(long crisis) {
        return jdbc.sql("select name from crisis where id = ?").param(crisis).query(String.class).optional().orElse("");
    }
}
