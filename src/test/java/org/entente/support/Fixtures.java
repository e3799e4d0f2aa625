package org.entente.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.identity.Accounts;
import org.entente.identity.PersonalAccessTokens;
import org.entente.party.Party;
import org.entente.party.PartyDetails;
import org.entente.party.PartyDirectory;
import org.entente.party.PartyKind;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Builds test data through the application's own services, with names unique to each call so that tests sharing
 * an application context never collide.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 46656, 36).toUpperCase();

    private final PartyDirectory parties;
    private final Accounts accounts;
    private final PersonalAccessTokens tokens;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Fixtures(PartyDirectory parties, Accounts accounts, PersonalAccessTokens tokens,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.parties = parties;
        this.accounts = accounts;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /**
     * Waits until every event published so far has been handled by its listeners (they run after the publishing
     * transaction commits, on another thread), so that a test can read what the reactions did.
     */
    public void awaitReactions() {
        Reactions.await(jdbc);
    }

    /** The application's clock in tests: real time until a test moves it (and resets it afterwards). */
    @org.springframework.context.annotation.Bean
    @org.springframework.context.annotation.Primary
    static MutableClock mutableClock() {
        return new MutableClock();
    }

    /** A user of a party, with its bearer token. */
    public record TestUser(String username, Actor actor, PartyCode party, String token) {
        public String bearer() {
            return "Bearer " + token;
        }
    }

    /** A fresh non-state party with a unique code. */
    public Party party() {
        PartyCode code = new PartyCode("T" + RUN + "-" + SEQUENCE.incrementAndGet());
        return parties.register(Actor.system(), code, PartyKind.OTHER,
                new PartyDetails("Test party " + code, null, "Testland", List.of("en"), null, null, List.of()));
    }

    /** A fresh user holding the roles for the party, with a token. */
    public TestUser user(PartyCode party, Role... roles) {
        String username = "user" + RUN.toLowerCase() + "-" + SEQUENCE.incrementAndGet();
        var account = accounts.open(Actor.system(), new Accounts.NewAccount(username, "Test User", PASSWORD, "en",
                roles.length == 0 ? Map.of() : Map.of(party, Set.of(roles))));
        String token = tokens.issue(account.actor(), "test", null).secret();
        return new TestUser(username, account.actor(), party, token);
    }

    /** Adds a focal point to a party, so that there is a contact to confirm. */
    public void addContact(PartyCode party, PartyDetails details) {
        var contacts = new java.util.ArrayList<>(details.focalPoints());
        contacts.add(new org.entente.party.FocalPoint("Test Contact", "Liaison", null, null, "en", null));
        parties.revise(Actor.system(), party, new PartyDetails(details.name(), details.shortName(), details.region(),
                details.workingLanguages(), details.interests(), details.influence(), contacts), null);
    }

    /** Issues a further token to the user and returns its id. */
    public long tokenIdOf(TestUser user) {
        return tokens.issue(user.actor(), "extra", null).token().id();
    }

    /** A fresh user in a fresh party. */
    public TestUser user(Role... roles) {
        return user(party().code(), roles);
    }
}
