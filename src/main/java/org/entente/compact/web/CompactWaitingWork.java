package org.entente.compact.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.entente.platform.WaitingWork;
import org.entente.shared.Actor;
import org.entente.shared.Role;

/**
 * For a compact's secretariat, declarations to decide on; for a party's focal point, declarations returned to revise
 * and modules to re-confirm after an amendment.
 */
@Component
class CompactWaitingWork implements WaitingWork {

    private final JdbcClient jdbc;

    CompactWaitingWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Item> waitingFor(Actor actor) {
        List<Item> items = new ArrayList<>();
        List<String> secretariats = actor.partiesWith(Role.SECRETARIAT);
        if (!secretariats.isEmpty()) {
            jdbc.sql("""
                    select c.code, c.title, count(*) as n from adherence a join compact c on c.id = a.compact
                    where a.status = 'DECLARED' and c.secretariat in (:parties) group by c.code, c.title order by c.code""")
                    .param("parties", secretariats)
                    .query((rs, n) -> new Item("waiting.declarations", rs.getLong("n"), List.of(rs.getString("title")),
                            "/compacts/" + rs.getString("code"), false)).list().forEach(items::add);
        }
        List<String> focal = actor.partiesWith(Role.FOCAL_POINT);
        if (!focal.isEmpty()) {
            jdbc.sql("""
                    select c.code, c.title, a.party from adherence a join compact c on c.id = a.compact
                    where a.status = 'RETURNED' and a.party in (:parties) order by c.code""").param("parties", focal)
                    .query((rs, n) -> new Item("waiting.returned", 1, List.of(rs.getString("title")),
                            "/compacts/" + rs.getString("code") + "/adherence/" + rs.getString("party"), true)).list()
                    .forEach(items::add);
            jdbc.sql("""
                    select c.code, c.title, a.party, count(*) as n from adherence_module m
                    join adherence a on a.id = m.adherence join compact c on c.id = a.compact
                    where m.reconfirmation_due and a.party in (:parties) and a.status in ('ACCEPTED', 'ACTIVE')
                    group by c.code, c.title, a.party order by c.code""").param("parties", focal)
                    .query((rs, n) -> new Item("waiting.reconfirm", rs.getLong("n"), List.of(rs.getString("title")),
                            "/compacts/" + rs.getString("code") + "/adherence/" + rs.getString("party"), false)).list()
                    .forEach(items::add);
        }
        return items;
    }
}
