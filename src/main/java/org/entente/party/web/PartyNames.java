package org.entente.party.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.entente.party.PartyDirectory;
import org.entente.shared.PartyCode;

/**
 * Parties by name where a person reads: pages call {@code @partyNames.of(code)} for "Costrava" and
 * {@code @partyNames.withCode(code)} for "Costrava (XCO)". The directory is public; its names are read again at most
 * once a minute (at once for a code not known yet, at most once a second), so a page of fifty names costs no
 * query.
 */
@Component("partyNames")
public class PartyNames {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final PartyDirectory directory;
    private final Clock clock;
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.MIN;

    PartyNames(PartyDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The party's short name, or the code as given when no party has it. */
    public String of(Object code) {
        String value = value(code);
        if (value == null) {
            return "—";
        }
        Map<String, String> known = names();
        if (!known.containsKey(value) && readAt.plusSeconds(1).isBefore(clock.instant())) {
            readAt = Instant.MIN;
            known = names();
        }
        return known.getOrDefault(value, value);
    }

    /** "Costrava (XCO)": the name with its code, where both help. */
    public String withCode(Object code) {
        String value = value(code);
        String name = of(code);
        return value == null || name.equals(value) ? name : name + " (" + value + ")";
    }

    private static String value(Object code) {
        return code == null ? null : code instanceof PartyCode party ? party.value() : code.toString();
    }

    private Map<String, String> names() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH_FOR).isBefore(now)) {
            names = directory.all().stream().collect(Collectors.toUnmodifiableMap(p -> p.code().value(),
                    p -> p.shortName() == null || p.shortName().isBlank() ? p.name() : p.shortName(), (a, b) -> a));
            readAt = now;
        }
        return names;
    }
}
