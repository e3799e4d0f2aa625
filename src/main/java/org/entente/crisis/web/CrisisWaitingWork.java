package org.entente.crisis.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.entente.platform.WaitingWork;
import org.entente.shared.Actor;
import org.entente.shared.Role;

/**
 * For a focal point of a party in an active crisis, its situation report when due within a day or overdue; for the
 * lead party, the mandated actions of its level still to do, in the roles this person holds.
 */
@Component
class CrisisWaitingWork implements WaitingWork {

    private static final Duration SOON = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    CrisisWaitingWork(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Item> waitingFor(Actor actor) {
        if (!actor.isAuthenticated()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Item> items = new ArrayList<>();
        for (Actor.Membership m : actor.memberships()) {
            String party = m.party().value();
            if (m.roles().contains(Role.FOCAL_POINT)) {
                jdbc.sql("""
                        select c.id, c.name, c.started_at, c.report_every_hours,
                               (select max(s.submitted_at) from sitrep s where s.crisis = c.id
                                and s.reporting_party = :party) as last_report
                        from crisis c where c.closed_at is null and (c.lead_party = :party
                              or exists (select 1 from crisis_party p where p.crisis = c.id and p.party_code = :party))
                        order by c.id""").param("party", party)
                        .query((rs, n) -> {
                            Timestamp last = rs.getTimestamp("last_report");
                            Instant from = last != null ? last.toInstant() : rs.getTimestamp("started_at").toInstant();
                            Instant due = from.plus(Duration.ofHours(rs.getInt("report_every_hours")));
                            return due.isAfter(now.plus(SOON)) ? null
                                    : new Item("waiting.report", 1, List.of(rs.getString("name")),
                                            "/crises/" + rs.getLong("id") + "/sitreps/new?party=" + party, due.isBefore(now));
                        }).list().stream().filter(java.util.Objects::nonNull).forEach(items::add);
            }
            jdbc.sql("""
                    select c.id, c.name, count(*) as n, min(a.due_at) as first_due from mandated_action a
                    join crisis c on c.id = a.crisis
                    where a.done_at is null and c.closed_at is null and c.lead_party = :party and a.owner_role in (:roles)
                    group by c.id, c.name order by c.id""").param("party", party)
                    .param("roles", m.roles().stream().map(Role::name).toList())
                    .query((rs, n) -> new Item("waiting.actions", rs.getLong("n"), List.of(rs.getString("name")),
                            "/crises/" + rs.getLong("id"), rs.getTimestamp("first_due").toInstant().isBefore(now)))
                    .list().forEach(items::add);
        }
        return items;
    }
}
