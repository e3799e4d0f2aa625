package org.entente.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is acting: an anonymous visitor, a logged-in user with memberships in parties, or the system itself
 * (demo loading, scheduled jobs). Application services take an {@code Actor} and check it; controllers
 * receive one as a method parameter.
 */
public record Actor(Kind kind, String username, List<Membership> memberships) implements Serializable {

    @Labelled.NotShown("who acts, for the audit trail and access rules; pages show the acting user's name")
    public enum Kind { ANONYMOUS, USER, SYSTEM }

    /** The roles a user holds for one party. */
    public record Membership(PartyCode party, Set<Role> roles) implements Serializable {
        public Membership {
            roles = Set.copyOf(roles);
        }
    }

    private static final Actor ANONYMOUS = new Actor(Kind.ANONYMOUS, "anonymous", List.of());
    private static final Actor SYSTEM = new Actor(Kind.SYSTEM, "system", List.of());

    public Actor {
        memberships = List.copyOf(memberships);
    }

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    public static Actor system() {
        return SYSTEM;
    }

    public static Actor user(String username, List<Membership> memberships) {
        return new Actor(Kind.USER, username, memberships);
    }

    public boolean isAuthenticated() {
        return kind != Kind.ANONYMOUS;
    }

    public boolean isSystem() {
        return kind == Kind.SYSTEM;
    }

    public Set<PartyCode> parties() {
        return memberships.stream().map(Membership::party).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public boolean isMemberOf(PartyCode party) {
        return memberships.stream().anyMatch(m -> m.party().equals(party));
    }

    public boolean hasRole(Role role) {
        return isSystem() || memberships.stream().anyMatch(m -> m.roles().contains(role));
    }

    public boolean hasAnyRole(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::hasRole);
    }

    public boolean hasRoleFor(PartyCode party, Role role) {
        return isSystem() || memberships.stream().anyMatch(m -> m.party().equals(party) && m.roles().contains(role));
    }

    /** The codes of the parties this user holds any of these roles for, in membership order. */
    public List<String> partiesWith(Role... roles) {
        Set<Role> wanted = Set.of(roles);
        return memberships.stream().filter(m -> m.roles().stream().anyMatch(wanted::contains))
                .map(m -> m.party().value()).toList();
    }

    public Set<Role> roles() {
        return memberships.stream().flatMap(m -> m.roles().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The party the user acts for when a command does not name one: the first membership. */
    public Optional<PartyCode> primaryParty() {
        return memberships.stream().findFirst().map(Membership::party);
    }

    /** Fails with 401 for an anonymous visitor and 403 for a user who holds none of the roles. */
    public void requireAnyRole(Role... roles) {
        requireAuthenticated();
        if (!hasAnyRole(roles)) {
            throw new AccessDenied("requires one of the roles " + Arrays.toString(roles));
        }
    }

    /** Fails unless the user holds the role for that very party (an object-level check). */
    public void requireRoleFor(PartyCode party, Role role) {
        requireAuthenticated();
        if (!hasRoleFor(party, role)) {
            throw new AccessDenied("requires the role " + role + " for party " + party);
        }
    }

    public void requireAuthenticated() {
        if (!isAuthenticated()) {
            throw new NotAuthenticated();
        }
    }
}
