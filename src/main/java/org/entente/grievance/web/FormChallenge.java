package org.entente.grievance.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.entente.grievance.CaseVault;
import org.entente.grievance.Intake;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The public form's challenge, which needs no JavaScript: each form carries a signed token of when it was shown. A
 * post is accepted when the token is genuine, at least {@link #SOONEST} old (a person takes longer to write what
 * happened; a script posting at once does not) and at most {@link #LATEST} old, and when the hidden field that
 * people never see (a honeypot) is empty. A form refused is shown again with everything typed kept, never lost.
 * The same token posted again (a retry after a dropped connection) gets the receipt of the first post, from this
 * node's memory for half an hour, so a retry never files twice.
 */
@Component
class FormChallenge {

    static final Duration SOONEST = Duration.ofSeconds(3);
    static final Duration LATEST = Duration.ofHours(6);
    static final Duration REMEMBERED = Duration.ofMinutes(30);

    @org.entente.shared.Labelled.NotShown("the challenge's verdict; the page shows its own message for each")
    enum Verdict { GOOD, TOO_SOON, STALE, FORGED }

    private record Answer(Intake.Filed filed, Instant at) {
    }

    private final CaseVault vault;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Answer> answered = new ConcurrentHashMap<>();

    FormChallenge(CaseVault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    /** A new token for a form shown now. */
    String issue() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String payload = clock.instant().getEpochSecond() + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(nonce);
        return payload + "." + vault.patternKey("form-challenge", payload).substring(0, 32);
    }

    Verdict judge(String token, String honeypot) {
        if (honeypot != null && !honeypot.isEmpty()) {
            return Verdict.FORGED;
        }
        if (token == null || token.length() > 200 || token.chars().filter(c -> c == '.').count() != 2) {
            return Verdict.FORGED;
        }
        String payload = token.substring(0, token.lastIndexOf('.'));
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String expected = vault.patternKey("form-challenge", payload).substring(0, 32);
        if (!java.security.MessageDigest.isEqual(expected.getBytes(), signature.getBytes())) {
            return Verdict.FORGED;
        }
        Instant shown;
        try {
            shown = Instant.ofEpochSecond(Long.parseLong(payload.substring(0, payload.indexOf('.'))));
        } catch (NumberFormatException e) {
            return Verdict.FORGED;
        }
        Instant now = clock.instant();
        if (now.isBefore(shown.plus(SOONEST))) {
            return Verdict.TOO_SOON;
        }
        return now.isAfter(shown.plus(LATEST)) ? Verdict.STALE : Verdict.GOOD;
    }

    /** What the first post of this token was answered, if this node answered it lately. */
    Optional<Intake.Filed> answeredBefore(String token) {
        Answer answer = answered.get(token);
        return answer == null || answer.at().plus(REMEMBERED).isBefore(clock.instant()) ? Optional.empty()
                : Optional.of(answer.filed());
    }

    void remember(String token, Intake.Filed filed) {
        answered.put(token, new Answer(filed, clock.instant()));
    }

    @Scheduled(fixedDelayString = "PT5M")
    void forget() {
        Instant now = clock.instant();
        answered.values().removeIf(a -> a.at().plus(REMEMBERED).isBefore(now));
    }
}
