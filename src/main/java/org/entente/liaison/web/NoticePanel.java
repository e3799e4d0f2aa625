package org.entente.liaison.web;

import java.util.Optional;

import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisPanel;
import org.entente.liaison.NoticeOutbox;
import org.entente.shared.Actor;
import org.springframework.stereotype.Component;

/** On a crisis's dashboard, for logged-in readers: the liaison units its levels notified, and whether they answered. */
@Component
class NoticePanel implements CrisisPanel {

    private final NoticeOutbox outbox;

    NoticePanel(NoticeOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String template() {
        return "liaison/panels";
    }

    @Override
    public String fragment() {
        return "notified";
    }

    @Override
    public Optional<?> content(Actor actor, Crisis crisis) {
        if (!actor.isAuthenticated()) {
            return Optional.empty();
        }
        var sent = outbox.ofCrisis(crisis.id());
        return sent.isEmpty() ? Optional.empty() : Optional.of(sent);
    }
}
