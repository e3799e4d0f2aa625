package org.entente.liaison;

import java.time.LocalDate;

import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.springframework.data.relational.core.mapping.Table;

/** A decision taken at a meeting: what was decided, which party carries it out, and by when. */
@Table("meeting_decision")
public record MeetingDecision(String text, String owner, LocalDate due) {

    public MeetingDecision {
        if (text == null || text.isBlank() || text.length() > 1000) {
            throw InvalidInput.requiredAtMost("text", 1000);
        }
        if (owner == null || owner.isBlank()) {
            throw new InvalidInput("owner", "name the party that carries the decision out");
        }
        text = text.strip();
        owner = PartyCode.of(owner).value();
    }

    public boolean isOverdue(LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
