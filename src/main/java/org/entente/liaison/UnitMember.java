package org.entente.liaison;

import java.time.LocalDate;

import org.entente.party.FocalPoint;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of a liaison unit. Personal data: shown only to logged-in users. The same field rules as a party's focal
 * points apply, so they are checked by building one.
 */
@Table("unit_member")
public record UnitMember(String name, String function, String email, String phone, String languages,
        LocalDate lastConfirmed) {

    public UnitMember {
        FocalPoint checked = new FocalPoint(name, function, email, phone, languages, lastConfirmed);
        name = checked.name();
        function = checked.function();
        email = checked.email();
        phone = checked.phone();
        languages = checked.languages();
    }

    public boolean isStale(LocalDate today, int days) {
        return lastConfirmed == null || lastConfirmed.isBefore(today.minusDays(days));
    }

    public boolean speaks(String language) {
        return (" " + languages + " ").contains(" " + language + " ");
    }
}
