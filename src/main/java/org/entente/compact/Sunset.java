package org.entente.compact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;

/**
 * A sunset clause: the module expires on a date, or a number of months after the compact enters into force, unless
 * renewed by decision. A module without a sunset never expires.
 */
public record Sunset(Kind kind, LocalDate date, Integer months) {

    @Labelled("sunset")
    public enum Kind { NONE, ON_DATE, AFTER_ENTRY_INTO_FORCE }

    public Sunset {
        kind = kind == null ? Kind.NONE : kind;
        if (kind == Kind.ON_DATE && date == null) {
            throw new InvalidInput("sunset.date", "is required when the module expires on a date");
        }
        if (kind == Kind.AFTER_ENTRY_INTO_FORCE && (months == null || months < 1 || months > 600)) {
            throw new InvalidInput("sunset.months", "must be 1 to 600 months after entry into force");
        }
        if (kind != Kind.ON_DATE) {
            date = null;
        }
        if (kind != Kind.AFTER_ENTRY_INTO_FORCE) {
            months = null;
        }
    }

    public static Sunset none() {
        return new Sunset(Kind.NONE, null, null);
    }

    public static Sunset on(LocalDate date) {
        return new Sunset(Kind.ON_DATE, date, null);
    }

    public static Sunset monthsAfterEntryIntoForce(int months) {
        return new Sunset(Kind.AFTER_ENTRY_INTO_FORCE, null, months);
    }

    /**
     * The instant the module expires: the start of the sunset date (UTC), or entry into force plus the months.
     * Empty when there is no sunset, or when it counts from an entry into force that has not happened yet.
     */
    public Optional<Instant> expiresAt(Instant enteredIntoForce) {
        return switch (kind) {
            case NONE -> Optional.empty();
            case ON_DATE -> Optional.of(date.atStartOfDay().toInstant(ZoneOffset.UTC));
            case AFTER_ENTRY_INTO_FORCE -> Optional.ofNullable(enteredIntoForce)
                    .map(t -> t.atZone(ZoneOffset.UTC).plusMonths(months).toInstant());
        };
    }
}
