package org.entente.liaison.web;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.entente.platform.WaitingWork;
import org.entente.shared.Actor;
import org.entente.shared.Role;

/** For a focal point, the level notices its party's liaison units have not acknowledged yet. */
@Component
class LiaisonWaitingWork implements WaitingWork {

    private final JdbcClient jdbc;

    LiaisonWaitingWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Item> waitingFor(Actor actor) {
        if (!actor.isAuthenticated()) {
            return List.of();
        }
        List<String> parties = actor.partiesWith(Role.FOCAL_POINT);
        if (parties.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select n.unit, u.name, count(*) as n from level_notification n join liaison_unit u on u.id = n.unit
                where n.acknowledged_at is null and n.party in (:parties) group by n.unit, u.name order by n.unit""")
                .param("parties", parties)
                .query((rs, n) -> new Item("waiting.notices", rs.getLong("n"), List.of(rs.getString("name")),
                        "/liaison-units/" + rs.getLong("unit"), true)).list();
    }
}
