package org.entente.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotAuthenticated;
import org.entente.shared.NotFound;
import org.entente.shared.Role;
import org.entente.shared.Secrets;
import org.entente.shared.TooManyAttempts;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API. A token is {@code ent_} followed by 32 random bytes; tokens are
 * high-entropy, so a plain SHA-256 is the right way to store them (a slow password hash would buy nothing).
 */
@Service
public class PersonalAccessTokens {

    static final String PREFIX = "ent_";
    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    static final Duration MAX_LIFETIME = Duration.ofDays(366);
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(5);

    private final AccessTokens tokens;
    private final UserAccounts accounts;
    private final AuthenticationManager authentication;
    private final AuditTrail audit;
    private final Clock clock;

    private final TokenHolders holders;

    PersonalAccessTokens(AccessTokens tokens, UserAccounts accounts, AuthenticationManager authentication,
            AuditTrail audit, Clock clock, TokenHolders holders) {
        this.holders = holders;
        this.tokens = tokens;
        this.accounts = accounts;
        this.authentication = authentication;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token as issued: the only moment the secret is visible. */
    public record IssuedToken(AccessToken token, String secret) {
    }

    /**
     * Issues a token to whoever proves the password, for API clients that have no session. A failed attempt is
     * counted in its own transaction, so it stays counted when this one rolls back.
     */
    @Transactional
    public IssuedToken issueWithPassword(String username, String password, String name, Instant expiresAt) {
        if (username == null || username.isBlank()) {
            throw InvalidInput.required("username");
        }
        if (password == null || password.isEmpty()) {
            throw InvalidInput.required("password");
        }
        try {
            authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username.strip(), password));
        } catch (LockedException e) {
            throw new TooManyAttempts("Too many failed logins for this account; try again later.");
        } catch (BadCredentialsException | DisabledException e) {
            throw new NotAuthenticated();
        }
        UserAccount account = accounts.findByUsername(username.strip()).orElseThrow(NotAuthenticated::new);
        return issue(account.actor(), name, expiresAt);
    }

    @Transactional
    public IssuedToken issue(Actor actor, String name, Instant expiresAt) {
        actor.requireAuthenticated();
        UserAccount account = accounts.findByUsername(actor.username()).orElseThrow(NotAuthenticated::new);
        Instant now = clock.instant();
        Instant expiry = expiresAt == null ? now.plus(DEFAULT_LIFETIME) : expiresAt;
        if (!expiry.isAfter(now) || expiry.isAfter(now.plus(MAX_LIFETIME))) {
            throw InvalidInput.coded("expiresAt", "must be in the future and at most 366 days away",
                    "account.invalid.expiry");
        }
        String label = name == null || name.isBlank() ? "API token" : name.strip();
        if (label.length() > 80) {
            throw InvalidInput.tooLong("name", 80);
        }
        String secret = Secrets.newSecret(PREFIX);
        AccessToken token = tokens.save(AccessToken.issue(account.id(), label, Secrets.sha256(secret),
                secret.substring(0, 8), now, expiry));
        audit.record(AuditEvent.of(actor, "token.issued", "AccessToken", token.id(),
                "issued token #" + token.id() + " expiring " + expiry.atZone(java.time.ZoneOffset.UTC).toLocalDate()));
        return new IssuedToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<AccessToken> mine(Actor actor) {
        actor.requireAuthenticated();
        UserAccount account = accounts.findByUsername(actor.username()).orElseThrow(NotAuthenticated::new);
        return tokens.findByAppUserOrderByCreatedAtDesc(account.id());
    }

    /** Revokes one of the caller's own tokens; an administrator may revoke anyone's. */
    @Transactional
    public AccessToken revoke(Actor actor, long id) {
        actor.requireAuthenticated();
        AccessToken token = tokens.findById(id).orElseThrow(() -> new NotFound("token", id));
        UserAccount account = accounts.findByUsername(actor.username()).orElseThrow(NotAuthenticated::new);
        if (!token.appUser().equals(account.id())) {
            if (!actor.hasRole(Role.ADMIN)) {
                throw new NotFound("token", id);
            }
        }
        token.revoke(clock.instant());
        AccessToken saved = tokens.save(token);
        audit.record(AuditEvent.of(actor, "token.revoked", "AccessToken", id, "revoked token #" + id));
        return saved;
    }

    /** The user a bearer secret stands for, if the token exists, is not revoked and has not expired. */
    @Transactional
    Optional<EntenteUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return holders.byHash(Secrets.sha256(secret)).filter(h -> h.usableAt(now)).map(h -> {
            if (h.lastUsedAt() == null || h.lastUsedAt().isBefore(now.minus(TOUCH_INTERVAL))) {
                tokens.touch(h.token(), now);
            }
            return h.user();
        });
    }
}
