package org.entente.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling: after {@code maxFailures} failed logins in a row a login name is locked for {@code lockFor}.
 * Names that do not exist are counted the same way, so the answer never reveals which names exist.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginAttempts(JdbcClient jdbc, AuditTrail audit, Clock clock,
            @Value("${entente.login.max-failures:5}") int maxFailures,
            @Value("${entente.login.lock-for:PT15M}") Duration lockFor) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from login_attempt where username = :u")
                .param("u", key(username))
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .map(OffsetDateTime::toInstant)
                .filter(until -> until.isAfter(now));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username) {
        String key = key(username);
        int updated = jdbc.sql("update login_attempt set failures = failures + 1 where username = :u")
                .param("u", key).update();
        if (updated == 0) {
            jdbc.sql("insert into login_attempt (username, failures) values (:u, 1)").param("u", key).update();
        }
        int failures = jdbc.sql("select failures from login_attempt where username = :u").param("u", key)
                .query(Integer.class).single();
        if (failures >= maxFailures) {
            Instant until = clock.instant().plus(lockFor);
            jdbc.sql("update login_attempt set failures = 0, locked_until = :until where username = :u")
                    .param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC)).param("u", key).update();
            audit.record(new AuditEvent(Actor.system(), null, "login.locked", "Login", key,
                    "login locked for " + lockFor.toMinutes() + " min after " + failures + " failed attempts"));
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username) {
        jdbc.sql("delete from login_attempt where username = :u").param("u", key(username)).update();
    }

    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 60 ? key.substring(0, 60) : key;
    }
}
