package org.entente.grievance.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;

import org.entente.shared.TooManyAttempts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate limits per network address, held only in this node's memory and only as a keyed hash of the address (the
 * key is random and dies with the process), never written anywhere: so many filings an hour and so many wrong
 * receipts or passphrases a quarter of an hour. The limits are generous, because many workers may share one address
 * (a dormitory's Wi-Fi, a carrier's NAT); the lock on each case stops a guesser long before.
 */
@Component
class AddressLimits {

    @org.entente.shared.Labelled.NotShown("which allowance an address uses up; never shown")
    enum Kind { FILING, WRONG_FOLLOW_UP, SMS }

    private record Window(Instant start, int count) {
    }

    private final byte[] key = new byte[32];
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int filingsPerHour;
    private final int wrongPerQuarter;
    private final int smsPerHour;

    AddressLimits(Clock clock, @Value("${entente.grievance.limits.filings-per-hour:30}") int filingsPerHour,
            @Value("${entente.grievance.limits.wrong-follow-ups-per-quarter-hour:20}") int wrongPerQuarter,
            @Value("${entente.grievance.limits.sms-per-hour:120}") int smsPerHour) {
        new SecureRandom().nextBytes(key);
        this.clock = clock;
        this.filingsPerHour = filingsPerHour;
        this.wrongPerQuarter = wrongPerQuarter;
        this.smsPerHour = smsPerHour;
    }

    /** Refuses with 429 when the address has used up its allowance; otherwise counts one more. */
    void take(HttpServletRequest request, Kind kind) {
        check(request, kind, true);
    }

    /** Refuses with 429 when the address has used up its allowance, without counting. */
    void check(HttpServletRequest request, Kind kind) {
        check(request, kind, false);
    }

    /** Counts one more without refusing (a wrong passphrase, after its answer). */
    void count(HttpServletRequest request, Kind kind) {
        String id = id(request, kind);
        Instant now = clock.instant();
        windows.merge(id, new Window(now, 1), (old, one) -> expired(old, kind, now) ? one
                : new Window(old.start(), old.count() + 1));
    }

    private void check(HttpServletRequest request, Kind kind, boolean take) {
        String id = id(request, kind);
        Instant now = clock.instant();
        Window window = windows.get(id);
        if (window != null && !expired(window, kind, now) && window.count() >= limit(kind)) {
            throw new TooManyAttempts("too many attempts from this network: wait a little",
                    Math.max(1, Duration.between(now, window.start().plus(period(kind))).toSeconds()));
        }
        if (take) {
            count(request, kind);
        }
    }

    private boolean expired(Window window, Kind kind, Instant now) {
        return !window.start().plus(period(kind)).isAfter(now);
    }

    private int limit(Kind kind) {
        return switch (kind) {
            case FILING -> filingsPerHour;
            case WRONG_FOLLOW_UP -> wrongPerQuarter;
            case SMS -> smsPerHour;
        };
    }

    private static Duration period(Kind kind) {
        return kind == Kind.WRONG_FOLLOW_UP ? Duration.ofMinutes(15) : Duration.ofHours(1);
    }

    private String id(HttpServletRequest request, Kind kind) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return kind + ":" + Base64.getEncoder().encodeToString(mac.doFinal(String.valueOf(request.getRemoteAddr())
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Forgets windows that have ended, every few minutes. */
    @Scheduled(fixedDelayString = "PT5M")
    void forget() {
        Instant now = clock.instant();
        windows.entrySet().removeIf(e -> expired(e.getValue(),
                Kind.valueOf(e.getKey().substring(0, e.getKey().indexOf(':'))), now));
    }
}
