package org.entente.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccessTokens extends ListCrudRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findByAppUserOrderByCreatedAtDesc(Long appUser);

    /** Revokes every token of the user still usable: a changed password ends what the old one granted. */
    @Modifying
    @Query("update access_token set revoked_at = :now where app_user = :user and revoked_at is null")
    int revokeAllOf(Long user, Instant now);

    /** Usage stamps are written apart from the aggregate so that a busy token never conflicts with a revocation. */
    @Modifying
    @Query("update access_token set last_used_at = :now where id = :id")
    void touch(Long id, Instant now);
}
