package org.entente.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.party.PartyDirectory;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account administration and self-service: open accounts, grant memberships, change password and language. */
@Service
public class Accounts {

    private final AccessTokens tokens;
    private final UserSessions sessions;
    private final UserAccounts accounts;
    private final PartyDirectory parties;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    Accounts(UserAccounts accounts, PartyDirectory parties, PasswordEncoder passwords, AuditTrail audit, Clock clock,
            AccessTokens tokens, UserSessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.accounts = accounts;
        this.parties = parties;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an administrator fills in to open an account. */
    public record NewAccount(String username, String displayName, String password, String preferredLanguage,
            Map<PartyCode, Set<Role>> memberships) {
    }

    /** What is wrong with a new account's username, name and password, every problem at once. */
    public static List<InvalidInput> problemsOf(String username, String displayName, String password) {
        return UserAccount.problemsOf(username == null ? null : username.strip(), displayName, password);
    }

    @Transactional
    public UserAccount open(Actor actor, NewAccount request) {
        actor.requireAnyRole(Role.ADMIN);
        InvalidInput.throwIfAny(problemsOf(request.username(), request.displayName(), request.password()));
        String username = request.username() == null ? null : request.username().strip();
        if (username != null && accounts.existsByUsername(username)) {
            throw Conflict.coded("the username is taken", "account.taken", username);
        }
        Map<PartyCode, Set<Role>> memberships = checked(request.memberships());
        UserAccount account = accounts.save(UserAccount.open(username, request.displayName(),
                passwords.encode(request.password()), request.preferredLanguage(), memberships, clock.instant()));
        audit.record(AuditEvent.of(actor, "account.opened", "UserAccount", account.id(),
                "opened account #" + account.id() + " with " + describe(memberships)));
        return account;
    }

    /**
     * Sets an account's memberships. An administrator administers accounts, but not its own way into another party:
     * a membership of a party the administrator's own account does not hold yet is granted by that party's focal
     * point, who may change that party's membership of any account (and nothing else of it).
     */
    @Transactional
    public UserAccount grant(Actor actor, String username, Map<PartyCode, Set<Role>> memberships) {
        actor.requireAuthenticated();
        UserAccount account = get(username);
        Map<PartyCode, Set<Role>> checked = checked(memberships);
        Map<PartyCode, Set<Role>> current = new LinkedHashMap<>();
        account.memberships().forEach(m -> current.put(m.party(), Set.copyOf(m.roles())));
        boolean own = account.username().equals(actor.username());
        Set<PartyCode> changed = new java.util.HashSet<>(current.keySet());
        changed.addAll(checked.keySet());
        changed.removeIf(p -> java.util.Objects.equals(current.get(p), checked.get(p)));
        for (PartyCode party : changed) {
            if (actor.hasRoleFor(party, Role.FOCAL_POINT)) {
                continue;
            }
            if (!actor.hasRole(Role.ADMIN)) {
                throw new AccessDenied("only an administrator, or " + party + "'s focal point for " + party
                        + ", changes memberships");
            }
            if (own && checked.containsKey(party) && !current.containsKey(party)) {
                throw new AccessDenied("an administrator does not add its own account to " + party + ": " + party
                        + "'s focal point grants that membership");
            }
        }
        account.grant(checked);
        UserAccount saved = accounts.save(account);
        audit.record(AuditEvent.of(actor, "account.memberships-changed", "UserAccount", account.id(),
                "memberships of account #" + account.id() + " set to " + describe(checked)));
        return saved;
    }

    /** An administrator corrects the name an account shows; the audit trail records that it changed, not the name. */
    @Transactional
    public UserAccount rename(Actor actor, String username, String displayName) {
        actor.requireAnyRole(Role.ADMIN);
        UserAccount account = get(username);
        account.rename(displayName);
        UserAccount saved = accounts.save(account);
        audit.record(AuditEvent.of(actor, "account.renamed", "UserAccount", account.id(),
                "display name of account #" + account.id() + " changed"));
        return saved;
    }

    /**
     * An administrator deactivates an account: it can no longer log in, its tokens are revoked and its sessions end at
     * once; or reactivates it. An administrator does not deactivate its own account.
     */
    @Transactional
    public UserAccount setActive(Actor actor, String username, boolean active) {
        actor.requireAnyRole(Role.ADMIN);
        UserAccount account = get(username);
        if (!active && account.username().equals(actor.username())) {
            throw Conflict.coded("an administrator does not deactivate its own account", "account.ownDeactivation");
        }
        if (active) {
            account.enable();
        } else {
            account.disable();
        }
        UserAccount saved = accounts.save(account);
        String summary = "account #" + account.id() + (active ? " reactivated" : " deactivated");
        if (!active) {
            int revoked = tokens.revokeAllOf(account.id(), clock.instant());
            int ended = sessions.endAllOf(account.username(), null);
            summary += "; " + revoked + " token(s) revoked, " + ended + " session(s) ended";
        }
        audit.record(AuditEvent.of(actor, active ? "account.reactivated" : "account.deactivated", "UserAccount",
                account.id(), summary));
        return saved;
    }

    @Transactional
    public UserAccount changePassword(Actor actor, String current, String replacement) {
        return changePassword(actor, current, replacement, null);
    }

    /**
     * Changes the holder's password. Every token issued until now is revoked and every session of the holder ends,
     * except the one making the change (its id, or null when the change comes through the API).
     */
    @Transactional
    public UserAccount changePassword(Actor actor, String current, String replacement, String currentSession) {
        actor.requireAuthenticated();
        UserAccount account = get(actor.username());
        if (current == null || !passwords.matches(current, account.passwordHash())) {
            throw InvalidInput.coded("currentPassword", "does not match", "account.invalid.current");
        }
        UserAccount.checkPassword(replacement);
        account.changePassword(passwords.encode(replacement));
        UserAccount saved = accounts.save(account);
        int revoked = tokens.revokeAllOf(account.id(), clock.instant());
        int ended = sessions.endAllOf(account.username(), currentSession);
        audit.record(AuditEvent.of(actor, "account.password-changed", "UserAccount", account.id(),
                "password of account #" + account.id() + " changed by its holder; " + revoked + " token(s) revoked, "
                        + ended + " other session(s) ended"));
        return saved;
    }

    @Transactional
    public UserAccount preferLanguage(Actor actor, String language) {
        actor.requireAuthenticated();
        UserAccount account = get(actor.username());
        account.preferLanguage(language);
        UserAccount saved = accounts.save(account);
        audit.record(AuditEvent.of(actor, "account.language-changed", "UserAccount", account.id(),
                "account #" + account.id() + " prefers language " + saved.preferredLanguage()));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list(Actor actor) {
        actor.requireAnyRole(Role.ADMIN);
        return accounts.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    public UserAccount get(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFound("account", username));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    private Map<PartyCode, Set<Role>> checked(Map<PartyCode, Set<Role>> memberships) {
        Map<PartyCode, Set<Role>> result = new LinkedHashMap<>();
        if (memberships == null) {
            return result;
        }
        memberships.forEach((party, roles) -> {
            if (!parties.exists(party)) {
                throw InvalidInput.unknown("memberships", party.value());
            }
            if (roles == null || roles.isEmpty()) {
                throw InvalidInput.coded("memberships", "a membership of " + party + " needs at least one role",
                        "account.invalid.membership");
            }
            result.put(party, Set.copyOf(roles));
        });
        return result;
    }

    private static String describe(Map<PartyCode, Set<Role>> memberships) {
        return memberships.isEmpty() ? "no memberships"
                : memberships.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().stream().sorted().toList())
                        .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
