package org.entente.liaison;

import java.time.Instant;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/** A stretch of the unit's 24/7 rotation: which member is on call from when until when (UTC). */
@Table("on_call_shift")
public record OnCallShift(String member, Instant startsAt, Instant endsAt) {

    public OnCallShift {
        if (member == null || member.isBlank()) {
            throw InvalidInput.required("member");
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new InvalidInput("endsAt", "a shift ends after it starts");
        }
    }

    boolean covers(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
}
