package org.entente.grievance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest of what identifies a worker (Google Tink, AEAD with AES-256-GCM). Each case has a key of its
 * own, kept only wrapped (encrypted) by the master keyset, which comes from configuration and never from the
 * repository or the database: {@code ENTENTE_GRIEVANCE_MASTER_KEYSET} (a Tink JSON keyset) or the file named by
 * {@code entente.grievance.master-keyset-file}. Outside production, a missing file is created with a new keyset, so
 * that a fresh machine runs. The master keyset may hold several keys: the primary wraps new case keys, the others
 * still unwrap old ones, and {@link #rewrapAll()} moves every case key under the primary (rotation). Every
 * ciphertext is bound to its case (associated data), so it cannot be moved to another case. A keyed hash (HMAC) of
 * employers' and recruiters' names and of phone numbers lets patterns be counted without keeping the names in clear.
 */
@Component
public class CaseVault {

    private static final Logger log = LoggerFactory.getLogger(CaseVault.class);

    /** A case's own key: usable, and as stored. */
    record CaseKey(Aead aead, byte[] wrapped) {
    }

    /** A record's personal data as kept: its own key, wrapped by the master keyset, and the ciphertext. */
    public record Sealed(byte[] wrappedKey, byte[] ciphertext) {
    }

    /**
     * Another module's records sealed here (a contract's worker, say): listed so that rotation wraps their keys again
     * too. Each holder lists its wrapped keys with their bindings, and stores a key wrapped again.
     */
    public interface KeyHolder {

        record Held(long id, String binding, byte[] wrappedKey) {
        }

        List<Held> wrappedKeys();

        void rewrapped(long id, byte[] wrappedKey);
    }

    private final Aead master;
    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final List<KeyHolder> holders;
    private volatile byte[] patternKey;

    CaseVault(JdbcClient jdbc, org.springframework.transaction.support.TransactionTemplate transactions,
            org.springframework.beans.factory.ObjectProvider<KeyHolder> holders, @Value("${entente.grievance.master-keyset:}") String keyset,
            @Value("${entente.grievance.master-keyset-file:./data/grievance-master-keyset.json}") String file,
            @Value("${entente.grievance.generate-master-keyset:false}") boolean generate) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.holders = holders.orderedStream().toList();
        try {
            AeadConfig.register();
            this.master = masterKeyset(keyset, file.isBlank() ? null : Path.of(file), generate)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the grievance master keyset cannot be read: " + e.getMessage(), e);
        }
    }

    private static KeysetHandle masterKeyset(String keyset, Path file, boolean generate)
            throws GeneralSecurityException {
        if (!keyset.isBlank()) {
            return TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get());
        }
        if (file == null && generate) {
            log.info("The grievance master keyset lives in memory only: personal data of cases will not open after a "
                    + "restart (tests)");
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        }
        if (file == null) {
            throw new IllegalStateException("no grievance master keyset: set ENTENTE_GRIEVANCE_MASTER_KEYSET or "
                    + "entente.grievance.master-keyset-file (see docs/grievances.md)");
        }
        try {
            if (Files.exists(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            }
            if (!generate) {
                throw new IllegalStateException("no grievance master keyset: set ENTENTE_GRIEVANCE_MASTER_KEYSET or "
                        + "entente.grievance.master-keyset-file (see docs/grievances.md)");
            }
            KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeyset(fresh, InsecureSecretKeyAccess.get()));
            log.warn("A new grievance master keyset was written to {}: keep it out of the repository and back it up, "
                    + "or every case's personal data is lost with it", file.toAbsolutePath());
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("the grievance master keyset file cannot be read or written", e);
        }
    }

    /** A new key for a new case, wrapped for storage. */
    CaseKey newCaseKey(String caseBinding) {
        try {
            KeysetHandle key = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(key, master, binding(caseBinding));
            return new CaseKey(key.getPrimitive(RegistryConfiguration.get(), Aead.class), wrapped);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a case key cannot be made", e);
        }
    }

    /** Seals a new record's personal data under a new key of its own, bound to the record by {@code binding}. */
    public Sealed sealNew(String binding, String plaintext) {
        CaseKey key = newCaseKey(binding);
        return new Sealed(key.wrapped(), seal(key.aead(), plaintext, binding));
    }

    /** Opens what {@link #sealNew} sealed; null stays null (erased data). */
    public String openSealed(String binding, byte[] wrappedKey, byte[] ciphertext) {
        if (wrappedKey == null || ciphertext == null) {
            return null;
        }
        return open(caseKey(wrappedKey, binding), ciphertext, binding);
    }

    /** A case's key, unwrapped. */
    Aead caseKey(byte[] wrapped, String caseBinding) {
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, binding(caseBinding))
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a case key cannot be unwrapped: wrong master keyset?", e);
        }
    }

    static byte[] seal(Aead key, String plaintext, String caseBinding) {
        if (plaintext == null) {
            return null;
        }
        return seal(key, plaintext.getBytes(StandardCharsets.UTF_8), caseBinding);
    }

    static byte[] seal(Aead key, byte[] plaintext, String caseBinding) {
        try {
            return key.encrypt(plaintext, binding(caseBinding));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    static String open(Aead key, byte[] ciphertext, String caseBinding) {
        return ciphertext == null ? null : new String(openBytes(key, ciphertext, caseBinding), StandardCharsets.UTF_8);
    }

    static byte[] openBytes(Aead key, byte[] ciphertext, String caseBinding) {
        try {
            return key.decrypt(ciphertext, binding(caseBinding));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a ciphertext of this case does not open: altered or moved", e);
        }
    }

    /** Short-lived secrets outside a case (an SMS exchange under way), under the master keyset itself. */
    byte[] sealWithMaster(String plaintext, String binding) {
        return seal(master, plaintext, binding);
    }

    String openWithMaster(byte[] ciphertext, String binding) {
        return open(master, ciphertext, binding);
    }

    /**
     * A keyed hash of a name or number, normalised (case, spaces, accents' composition), to match cases about the
     * same employer, recruiter or phone without keeping it in clear. Blank gives null.
     */
    public String patternKey(String kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normal = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s.,'’\"-]+", " ").strip();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(patternSecret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((kind + "\n" + normal).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The secret of the keyed hashes: made once, kept wrapped by the master keyset in the database. */
    private byte[] patternSecret() {
        byte[] known = patternKey;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (patternKey == null) {
                var stored = jdbc.sql("select wrapped from grievance_key where name = 'pattern'")
                        .query((rs, n) -> rs.getBytes(1)).optional();
                if (stored.isEmpty()) {
                    byte[] secret = new byte[32];
                    new SecureRandom().nextBytes(secret);
                    jdbc.sql("insert into grievance_key (name, wrapped) values ('pattern', ?) on conflict do nothing")
                            .param(seal(master, secret, "pattern-key")).update();
                    stored = jdbc.sql("select wrapped from grievance_key where name = 'pattern'")
                            .query((rs, n) -> rs.getBytes(1)).optional();
                }
                patternKey = openBytes(master, stored.orElseThrow(), "pattern-key");
            }
            return patternKey;
        }
    }

    /**
     * Rotation: wraps every case key and the pattern secret again under the master keyset's primary key, so that an
     * old master key can then be removed. Answers how many keys were wrapped again.
     */
    public int rewrapAll() {
        return transactions.execute(status -> rewrap());
    }

    private int rewrap() {
        record Wrapped(long id, String binding, byte[] wrapped) {
        }
        int count = 0;
        for (Wrapped w : jdbc.sql("select id, binding, wrapped_key from grievance_case where wrapped_key is not null")
                .query((rs, n) -> new Wrapped(rs.getLong(1), rs.getString(2), rs.getBytes(3))).list()) {
            try {
                KeysetHandle key = TinkProtoKeysetFormat.parseEncryptedKeyset(w.wrapped(), master,
                        binding(w.binding()));
                jdbc.sql("update grievance_case set wrapped_key = ? where id = ?")
                        .params(TinkProtoKeysetFormat.serializeEncryptedKeyset(key, master, binding(w.binding())),
                                w.id()).update();
                count++;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("case " + w.id() + "'s key cannot be unwrapped", e);
            }
        }
        for (KeyHolder holder : holders) {
            for (KeyHolder.Held held : holder.wrappedKeys()) {
                try {
                    KeysetHandle key = TinkProtoKeysetFormat.parseEncryptedKeyset(held.wrappedKey(), master,
                            binding(held.binding()));
                    holder.rewrapped(held.id(), TinkProtoKeysetFormat.serializeEncryptedKeyset(key, master,
                            binding(held.binding())));
                    count++;
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("a key of " + holder.getClass().getSimpleName()
                            + " cannot be unwrapped", e);
                }
            }
        }
        var pattern = jdbc.sql("select wrapped from grievance_key where name = 'pattern'")
                .query((rs, n) -> rs.getBytes(1)).optional();
        if (pattern.isPresent()) {
            jdbc.sql("update grievance_key set wrapped = ? where name = 'pattern'")
                    .param(seal(master, openBytes(master, pattern.get(), "pattern-key"), "pattern-key")).update();
            count++;
        }
        return count;
    }

    private static byte[] binding(String caseBinding) {
        return ("entente-grievance\n" + caseBinding).getBytes(StandardCharsets.UTF_8);
    }
}
