package org.entente.identity;

import java.time.Instant;

import org.entente.shared.Conflict;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal access token. Only the SHA-256 of the secret is kept, with its first characters as a hint so a
 * user can tell tokens apart; the secret itself is shown once, when issued.
 */
@Table("access_token")
public final class AccessToken {

    @Id
    private Long id;
    private Long appUser;
    private String name;
    private String tokenHash;
    private String hint;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    @PersistenceCreator
    AccessToken() {
    }

    static AccessToken issue(Long user, String name, String tokenHash, String hint, Instant now, Instant expiresAt) {
        AccessToken token = new AccessToken();
        token.appUser = user;
        token.name = name;
        token.tokenHash = tokenHash;
        token.hint = hint;
        token.createdAt = now;
        token.expiresAt = expiresAt;
        return token;
    }

    void revoke(Instant now) {
        if (revokedAt != null) {
            throw new Conflict("token " + id + " is already revoked");
        }
        revokedAt = now;
    }

    boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public Long id() {
        return id;
    }

    Long appUser() {
        return appUser;
    }

    public String name() {
        return name;
    }

    public String hint() {
        return hint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
