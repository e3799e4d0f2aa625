package org.entente.monitoring.web;

import java.util.ArrayList;
import java.util.List;

import org.entente.monitoring.ReportingCalendar;
import org.entente.monitoring.Submissions;
import org.entente.platform.WaitingWork;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Values due, overdue or disputed, and corrective actions to carry out (flagged once overdue), for a focal point;
 * submissions to verify, for a monitor.
 */
@Component
class MonitoringWaitingWork implements WaitingWork {

    private final ReportingCalendar calendar;
    private final Submissions submissions;
    private final org.entente.monitoring.ReviewCycles cycles;

    MonitoringWaitingWork(ReportingCalendar calendar, Submissions submissions,
            org.entente.monitoring.ReviewCycles cycles) {
        this.cycles = cycles;
        this.calendar = calendar;
        this.submissions = submissions;
    }

    @Override
    public List<Item> waitingFor(Actor actor) {
        if (!actor.isAuthenticated()) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (String party : actor.partiesWith(Role.FOCAL_POINT)) {
            for (String compact : calendar.compactsOf(PartyCode.of(party))) {
                var owed = calendar.obligations(compact, PartyCode.of(party));
                long overdue = owed.stream().filter(o -> o.state() == ReportingCalendar.State.OVERDUE
                        || o.state() == ReportingCalendar.State.DISPUTED).count();
                long due = owed.stream().filter(o -> o.state() == ReportingCalendar.State.DUE).count();
                if (overdue > 0) {
                    items.add(new Item("waiting.valuesOverdue", overdue, List.of(compact), "/monitoring", true));
                }
                if (due > 0) {
                    items.add(new Item("waiting.valuesDue", due, List.of(compact), "/monitoring", false));
                }
            }
        }
        for (String party : actor.partiesWith(Role.FOCAL_POINT)) {
            var pending = cycles.pendingFor(PartyCode.of(party));
            var today = calendar.today();
            long overdue = pending.stream().filter(a -> a.status(today)
                    == org.entente.monitoring.ReviewCycles.ActionStatus.OVERDUE).count();
            if (overdue > 0) {
                items.add(new Item("waiting.actionsOverdue", overdue, List.of(), "/monitoring#actions", true));
            }
            if (pending.size() > overdue) {
                items.add(new Item("waiting.actionsOpen", pending.size() - overdue, List.of(), "/monitoring#actions",
                        false));
            }
        }
        int queue = submissions.awaitingVerification(actor).size();
        if (queue > 0) {
            items.add(new Item("waiting.toVerify", queue, List.of(), "/monitoring", false));
        }
        return items;
    }
}
