package org.entente.crisis;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry on a crisis's timeline. An entry Entente writes itself (opened, escalated, closed) also keeps its message
 * key and arguments, so each reader sees it in their own language; {@code text} is its English wording, for the API
 * and for entries a party typed.
 */
@Table("crisis_event")
public record TimelineEvent(Instant occurredAt, String text, String party, String messageKey, String messageArgs) {

    private static final String SEPARATOR = "\u001f";

    @PersistenceCreator
    public TimelineEvent {
    }

    /** An entry a party wrote: shown as typed, in every language. */
    public TimelineEvent(Instant occurredAt, String text, String party) {
        this(occurredAt, text, party, null, null);
    }

    /** An entry Entente writes: its English text and the message each reader's page shows instead. */
    static TimelineEvent of(Instant occurredAt, String party, String english, String messageKey, Object... args) {
        return new TimelineEvent(occurredAt, english, party, messageKey,
                String.join(SEPARATOR, Arrays.stream(args).map(String::valueOf).toList()));
    }

    /** The message's arguments, in order. */
    public List<String> args() {
        return messageArgs == null || messageArgs.isEmpty() ? List.of() : List.of(messageArgs.split(SEPARATOR, -1));
    }
}
