package org.entente.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.LanguageCode;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person's account: a login name, a password hash, a language, and the roles held for each party. */
@Table("app_user")
public final class UserAccount {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    static final int MIN_PASSWORD = 12;

    @Id
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private String preferredLanguage;
    private boolean enabled;
    @MappedCollection(idColumn = "app_user")
    private Set<Membership> memberships = new HashSet<>();
    @Version
    private Long version;
    private Instant createdAt;

    @PersistenceCreator
    UserAccount() {
    }

    static UserAccount open(String username, String displayName, String passwordHash, String language,
            Map<PartyCode, Set<Role>> memberships, Instant now) {
        List<InvalidInput> found = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            found.add(InvalidInput.coded("username", "must be 3-60 lower-case letters, digits, dots, hyphens or underscores",
                    "account.invalid.username"));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            found.add(InvalidInput.requiredAtMost("displayName", 120));
        }
        InvalidInput.throwIfAny(found);
        UserAccount account = new UserAccount();
        account.username = username;
        account.displayName = displayName.strip();
        account.passwordHash = passwordHash;
        account.preferredLanguage = LanguageCode.of(language == null ? "en" : language).value();
        account.enabled = true;
        account.createdAt = now;
        account.grant(memberships);
        return account;
    }

    static List<InvalidInput> problemsOf(String username, String displayName, String password) {
        List<InvalidInput> found = new ArrayList<>();
        for (Runnable check : List.<Runnable>of(() -> open(username, displayName, "", "en", Map.of(), Instant.EPOCH),
                () -> checkPassword(password))) {
            try {
                check.run();
            } catch (InvalidInput e) {
                found.add(e);
            }
        }
        return found;
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw InvalidInput.coded("password", "must be " + MIN_PASSWORD + " to 200 characters",
                    "account.invalid.password", MIN_PASSWORD);
        }
    }

    void grant(Map<PartyCode, Set<Role>> byParty) {
        memberships.clear();
        byParty.forEach((party, roles) -> roles.forEach(role -> memberships.add(new Membership(party.value(), role))));
    }

    void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.length() > 120) {
            throw InvalidInput.requiredAtMost("displayName", 120);
        }
        displayName = newName.strip();
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
    }

    void preferLanguage(String language) {
        preferredLanguage = LanguageCode.of(language).value();
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    public Actor actor() {
        Map<String, Set<Role>> grouped = new LinkedHashMap<>();
        memberships.stream().sorted((a, b) -> a.partyCode().compareTo(b.partyCode()))
                .forEach(m -> grouped.computeIfAbsent(m.partyCode(), k -> new TreeSet<>()).add(m.role()));
        List<Actor.Membership> list = new ArrayList<>();
        grouped.forEach((party, roles) -> list.add(new Actor.Membership(new PartyCode(party), roles)));
        return Actor.user(username, list);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean enabled() {
        return enabled;
    }

    public Long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Collection<Actor.Membership> memberships() {
        return actor().memberships();
    }
}
