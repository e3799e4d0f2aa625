package org.entente.grievance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;

/**
 * A case as its handlers move it, without what identifies the worker (that stays encrypted in the vault): its
 * stage, the response-time target of that stage and the rules of moving on. A case moves one stage forward at a
 * time, except that a safety case may go from triage straight to the ombudsperson (a worker in danger is not sent to
 * mediate with the employer); it may close at any stage; a panel decision closes only a case before the panel. A
 * case that misses its target escalates to the next queue on its own; after the panel, a miss is counted and the
 * target set again.
 */
public record GrievanceCase(long id, Category category, String countryFrom, String countryTo, String language,
        Urgency urgency, Stage stage, String jurisdiction, String compact, IntakeChannel channel, Instant receivedAt,
        Instant stageSince, Instant dueAt, Instant closedAt, Outcome outcome, boolean consentToReveal,
        boolean reachedPanel, Instant anonymisedAt, int version) {

    /** How long a stage may take, per compact (or the defaults) and urgency. */
    public interface Targets {
        Duration of(String compact, Stage stage, Urgency urgency);
    }

    /** What triage decides. */
    public record Triage(Category category, Urgency urgency, String jurisdiction, String compact, String language) {
    }

    /** A target missed: the stage it was missed at and when it fell due. */
    public record Miss(Stage stage, Instant dueAt) {
    }

    /** A new case as filed: received now, due for triage within the target of its urgency. */
    public static GrievanceCase received(Category category, String countryFrom, String countryTo, String language,
            String jurisdiction, IntakeChannel channel, boolean consentToReveal, Instant now, Targets targets) {
        Urgency urgency = category.concernsSafety() ? Urgency.SAFETY : Urgency.NORMAL;
        return new GrievanceCase(0, category, countryFrom, countryTo, language, urgency, Stage.RECEIVED, jurisdiction,
                null, channel, now, now, now.plus(targets.of(null, Stage.RECEIVED, urgency)), null, null,
                consentToReveal, false, null, 0);
    }

    public boolean isOpen() {
        return stage.isOpen();
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && dueAt != null && now.isAfter(dueAt);
    }

    public GrievanceCase triage(Triage t, Instant now, Targets targets) {
        if (stage != Stage.RECEIVED) {
            throw Conflict.coded("case " + id + " is already triaged", "grievance.alreadyTriaged");
        }
        if (t.category() == null) {
            throw InvalidInput.required("category");
        }
        if (t.urgency() == null) {
            throw InvalidInput.required("urgency");
        }
        Urgency urgency = t.urgency();
        return new GrievanceCase(id, t.category(), countryFrom, countryTo, t.language() == null ? language
                : t.language(), urgency, Stage.TRIAGED, t.jurisdiction() == null ? jurisdiction : t.jurisdiction(),
                t.compact(), channel, receivedAt, now, now.plus(targets.of(t.compact(), Stage.TRIAGED, urgency)),
                null, null, consentToReveal, reachedPanel, anonymisedAt, version);
    }

    /** Moves the case on to a later stage, by a handler. */
    public GrievanceCase moveTo(Stage to, Instant now, Targets targets) {
        boolean allowed = switch (stage) {
            case TRIAGED -> to == Stage.MEDIATION || (to == Stage.OMBUDSPERSON && urgency == Urgency.SAFETY);
            case MEDIATION -> to == Stage.OMBUDSPERSON;
            case OMBUDSPERSON -> to == Stage.REGIONAL_PANEL;
            default -> false;
        };
        if (!allowed) {
            throw Conflict.coded("case " + id + " cannot move from " + stage + " to " + to, "grievance.notNextStage");
        }
        return at(to, now, targets);
    }

    public GrievanceCase close(Outcome outcome, Instant now) {
        if (!isOpen()) {
            throw Conflict.coded("case " + id + " is already closed", "grievance.alreadyClosed");
        }
        if (outcome == null) {
            throw InvalidInput.required("outcome");
        }
        if (outcome == Outcome.DECIDED_BY_PANEL && stage != Stage.REGIONAL_PANEL) {
            throw Conflict.coded("only a regional panel decides a case", "grievance.panelOnly");
        }
        return new GrievanceCase(id, category, countryFrom, countryTo, language, urgency, Stage.CLOSED, jurisdiction,
                compact, channel, receivedAt, now, null, now, outcome, consentToReveal, reachedPanel, anonymisedAt,
                version);
    }

    /** The case after a missed target, and the miss; nothing when the target still holds. */
    public Optional<Escalated> escalate(Instant now, Targets targets) {
        if (!isOverdue(now)) {
            return Optional.empty();
        }
        Miss miss = new Miss(stage, dueAt);
        GrievanceCase after = stage.next().map(next -> at(next, now, targets))
                .orElseGet(() -> withDue(now.plus(targets.of(compact, stage, urgency))));
        return Optional.of(new Escalated(after, miss));
    }

    /** A case escalated, with the target it missed. */
    public record Escalated(GrievanceCase after, Miss miss) {
    }

    public GrievanceCase withConsent(boolean consent) {
        return new GrievanceCase(id, category, countryFrom, countryTo, language, urgency, stage, jurisdiction, compact,
                channel, receivedAt, stageSince, dueAt, closedAt, outcome, consent, reachedPanel, anonymisedAt,
                version);
    }

    private GrievanceCase at(Stage to, Instant now, Targets targets) {
        return new GrievanceCase(id, category, countryFrom, countryTo, language, urgency, to, jurisdiction, compact,
                channel, receivedAt, now, now.plus(targets.of(compact, to, urgency)), null, null, consentToReveal,
                reachedPanel || to == Stage.REGIONAL_PANEL, anonymisedAt, version);
    }

    private GrievanceCase withDue(Instant due) {
        return new GrievanceCase(id, category, countryFrom, countryTo, language, urgency, stage, jurisdiction, compact,
                channel, receivedAt, stageSince, due, closedAt, outcome, consentToReveal, reachedPanel, anonymisedAt,
                version);
    }
}
