package org.entente.grievance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.entente.shared.Secrets;

/**
 * Receipt codes and passphrases. A receipt is 20 characters of Crockford's base 32 (100 random bits), written in
 * groups of four ({@code 7KQ4-9XDM-…}): no I, L, O or U, so it reads aloud and survives a phone call; O, I and L
 * typed by mistake are read as 0 and 1, case and spaces do not matter. Only its SHA-256 is kept, to find the case.
 * The passphrase is checked with an HMAC keyed by the receipt itself: the receipt's 100 bits make an offline guess
 * of the passphrase from a stolen database hopeless without it, so a slow password hash would buy nothing and would
 * cost the intake its speed (see docs/decisions).
 */
public final class ReceiptCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;
    static final int MIN_PASSPHRASE = 6;
    static final int MAX_PASSPHRASE = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    /** A new receipt, grouped for reading. */
    static String newReceipt() {
        return newCode(LENGTH);
    }

    /** A new code of so many characters (a multiple of four), grouped by four: a contract's verification code. */
    public static String newCode(int length) {
        StringBuilder code = new StringBuilder(length + length / 4);
        for (int i = 0; i < length; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The receipt as typed, made canonical; empty if it cannot be one. */
    static Optional<String> normalise(String typed) {
        return normalise(typed, LENGTH);
    }

    /** A code as typed (any case, spaces, dashes, O for 0, I or L for 1), made canonical; empty if it cannot be one. */
    public static Optional<String> normalise(String typed, int length) {
        if (typed == null || typed.length() > 60) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u00a0') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == length ? Optional.of(code.toString()) : Optional.empty();
    }

    /** What is stored and looked up: the SHA-256 of the canonical receipt. */
    static String lookup(String canonicalReceipt) {
        return Secrets.sha256("grievance-receipt\n" + canonicalReceipt);
    }

    static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** The passphrase as compared: Unicode-normalised (NFC) and trimmed, so that the same words always match. */
    static String canonicalPassphrase(String passphrase) {
        return Normalizer.normalize(passphrase.strip(), Normalizer.Form.NFC);
    }

    static String verifier(String canonicalReceipt, String salt, String passphrase) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(canonicalReceipt.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((salt + "\n" + canonicalPassphrase(passphrase))
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static boolean matches(String canonicalReceipt, String salt, String passphrase, String expected) {
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                verifier(canonicalReceipt, salt, passphrase).getBytes(StandardCharsets.US_ASCII));
    }
}
