package org.entente.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who holds a bearer token, in one fixed query (the token, its account and the account's memberships), since every
 * API call made with a token asks: loading the token and the account as aggregates took three generated queries and
 * their mapping on each call.
 */
@Repository
class TokenHolders {

    /** A token's holder as the call needs it, with what decides whether the token may be used now. */
    record Holder(long token, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, boolean enabled,
            EntenteUser user) {

        boolean usableAt(Instant now) {
            return enabled && revokedAt == null && now.isBefore(expiresAt);
        }
    }

    private final JdbcClient jdbc;

    TokenHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Holder> byHash(String tokenHash) {
        record Row(long token, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String username,
                String displayName, String language, boolean enabled, String party, String role) {
        }
        List<Row> rows = jdbc.sql("""
                select t.id, t.expires_at, t.revoked_at, t.last_used_at, u.username, u.display_name,
                    u.preferred_language, u.enabled, m.party_code, m.role
                from access_token t join app_user u on u.id = t.app_user
                left join membership m on m.app_user = u.id
                where t.token_hash = ? order by m.party_code, m.role""").param(tokenHash)
                .query((rs, n) -> new Row(rs.getLong(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getBoolean(8), rs.getString(9), rs.getString(10)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        rows.stream().filter(r -> r.party() != null)
                .forEach(r -> roles.computeIfAbsent(r.party(), k -> new TreeSet<>()).add(Role.valueOf(r.role())));
        List<Actor.Membership> memberships = new ArrayList<>();
        roles.forEach((party, held) -> memberships.add(new Actor.Membership(new PartyCode(party), held)));
        EntenteUser user = new EntenteUser(Actor.user(first.username(), memberships), first.displayName(),
                first.language(), first.enabled());
        return Optional.of(new Holder(first.token(), first.expiresAt(), first.revokedAt(), first.lastUsedAt(),
                first.enabled(), user));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
