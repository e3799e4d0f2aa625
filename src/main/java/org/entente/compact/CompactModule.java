package org.entente.compact;

import java.time.Instant;
import java.util.regex.Pattern;

import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A module of a compact: its stable code, which text version is current, and whether its sunset has passed. Its
 * texts are {@link ModuleText} versions.
 */
@Table("compact_module")
public final class CompactModule {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,29}");

    @Id
    private Long id;
    private Long compact;
    private String code;
    private int position;
    private int currentVersion;
    private Instant expiredAt;
    @Version
    private Long version;

    @PersistenceCreator
    CompactModule() {
    }

    static CompactModule add(Long compact, String code, int position) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInput("code", "must be 2-30 upper-case letters, digits or hyphens");
        }
        CompactModule module = new CompactModule();
        module.compact = compact;
        module.code = code;
        module.position = position;
        module.currentVersion = 1;
        return module;
    }

    void adoptVersion(int number) {
        if (number != currentVersion + 1) {
            throw new Conflict("module " + code + " is at version " + currentVersion + "; cannot adopt version " + number);
        }
        currentVersion = number;
        expiredAt = null;
    }

    /** Marks the module expired: it stops accepting adherence and is shown as expired. */
    void expire(Instant at) {
        if (expiredAt == null) {
            expiredAt = at;
        }
    }

    public Long id() {
        return id;
    }

    Long compact() {
        return compact;
    }

    public String code() {
        return code;
    }

    public int position() {
        return position;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public Instant expiredAt() {
        return expiredAt;
    }

    public boolean isExpired() {
        return expiredAt != null;
    }

    public Long version() {
        return version;
    }
}
