package org.entente.party.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.entente.party.PartyDirectory;
import org.entente.platform.PerPage;
import org.entente.shared.PartyCode;

/**
 * Parties by name where a person reads: pages call {@code @partyNames.of(code)} for "Costrava" and
 * {@code @partyNames.withCode(code)} for "Costrava (XCO)". The directory is public; its names are read once per page,
 * so a page of fifty names costs one query and never shows a stale name.
 */
@Component("partyNames")
public class PartyNames {

    private final PartyDirectory directory;

    PartyNames(PartyDirectory directory) {
        this.directory = directory;
    }

    /** The party's short name, or the code as given when no party has it. */
    public String of(Object code) {
        String value = value(code);
        return value == null ? "—" : names().getOrDefault(value, value);
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
        return PerPage.memo("party.names", () -> directory.all().stream().collect(Collectors.toUnmodifiableMap(
                p -> p.code().value(), p -> p.shortName() == null || p.shortName().isBlank() ? p.name() : p.shortName(),
                (a, b) -> a)));
    }
}
