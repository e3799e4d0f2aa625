package org.entente.crisis;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** One entry on a crisis's timeline. */
@Table("crisis_event")
public record TimelineEvent(Instant occurredAt, String text, String party) {
}
