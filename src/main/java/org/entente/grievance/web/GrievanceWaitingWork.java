package org.entente.grievance.web;

import java.util.ArrayList;
import java.util.List;

import org.entente.grievance.Casework;
import org.entente.platform.WaitingWork;
import org.entente.shared.Actor;
import org.entente.shared.Role;
import org.springframework.stereotype.Component;

/** Cases waiting in each of the viewer's queues, flagged when any is past its target. */
@Component
class GrievanceWaitingWork implements WaitingWork {

    private final Casework casework;

    GrievanceWaitingWork(Casework casework) {
        this.casework = casework;
    }

    @Override
    public List<Item> waitingFor(Actor actor) {
        if (!actor.isAuthenticated() || actor.isSystem()) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (Role role : List.of(Role.MEDIATOR, Role.OMBUDSPERSON, Role.PANEL_MEMBER)) {
            if (!actor.hasRole(role)) {
                continue;
            }
            var queue = casework.queue(actor, role);
            long overdue = queue.stream().filter(Casework.QueueRow::overdue).count();
            if (overdue > 0) {
                items.add(new Item("waiting.grievancesOverdue", overdue, List.of(), "/grievances#queue-" + role.name(),
                        true));
            }
            if (queue.size() > overdue) {
                items.add(new Item("waiting.grievances", queue.size() - overdue, List.of(),
                        "/grievances#queue-" + role.name(), false));
            }
        }
        return items;
    }
}
