package org.entente.compact;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

import org.entente.shared.Classification;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.sharing.Classified;
import org.entente.sharing.DataKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A compact: a menu of modules that parties adhere to. A draft is visible to partners only; once open for adherence
 * it is public. It enters into force when the configured number of parties have had their adherence accepted.
 */
@Table("compact")
public final class Compact implements Classified {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,29}");

    @Id
    private Long id;
    private String code;
    private String title;
    private String summary;
    private String secretariat;
    private CompactStatus status;
    private int entryIntoForceThreshold;
    private int withdrawalNoticeDays;
    private Instant openedAt;
    private Instant enteredIntoForceAt;
    private Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    Compact() {
    }

    /** The terms a secretariat drafts. */
    public record Terms(String title, String summary, PartyCode secretariat, int entryIntoForceThreshold,
            int withdrawalNoticeDays) {
        public Terms {
            if (title == null || title.isBlank() || title.length() > 300) {
                throw InvalidInput.requiredAtMost("title", 300);
            }
            if (summary != null && summary.length() > 4000) {
                throw InvalidInput.tooLong("summary", 4000);
            }
            if (secretariat == null) {
                throw InvalidInput.required("secretariat");
            }
            if (entryIntoForceThreshold < 1 || entryIntoForceThreshold > 200) {
                throw new InvalidInput("entryIntoForceThreshold", "must be 1 to 200 parties");
            }
            if (withdrawalNoticeDays < 0 || withdrawalNoticeDays > 3650) {
                throw new InvalidInput("withdrawalNoticeDays", "must be 0 to 3650 days");
            }
        }
    }

    static Compact draft(String code, Terms terms, Instant now) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInput("code", "must be 2-30 upper-case letters, digits or hyphens");
        }
        Compact compact = new Compact();
        compact.code = code;
        compact.status = CompactStatus.DRAFT;
        compact.createdAt = now;
        compact.apply(terms);
        return compact;
    }

    void revise(Terms terms) {
        requireDraft();
        apply(terms);
    }

    private void apply(Terms terms) {
        title = terms.title().strip();
        summary = terms.summary() == null ? null : terms.summary().strip();
        secretariat = terms.secretariat().value();
        entryIntoForceThreshold = terms.entryIntoForceThreshold();
        withdrawalNoticeDays = terms.withdrawalNoticeDays();
    }

    void open(Instant now) {
        moveTo(CompactStatus.OPEN_FOR_ADHERENCE);
        if (openedAt == null) {
            openedAt = now;
        }
    }

    /** Enters into force once enough parties are accepted; returns whether it did. */
    boolean enterIntoForceIfReached(long acceptedParties, Instant now) {
        if (status != CompactStatus.OPEN_FOR_ADHERENCE || acceptedParties < entryIntoForceThreshold) {
            return false;
        }
        moveTo(CompactStatus.IN_FORCE);
        enteredIntoForceAt = now;
        return true;
    }

    void suspend() {
        moveTo(CompactStatus.SUSPENDED);
    }

    /** Back to where it was before the suspension: in force if it had entered into force, else open. */
    void resume() {
        if (status != CompactStatus.SUSPENDED) {
            throw new Conflict("only a suspended compact can resume; this one is " + status);
        }
        moveTo(enteredIntoForceAt != null ? CompactStatus.IN_FORCE : CompactStatus.OPEN_FOR_ADHERENCE);
    }

    void terminate() {
        moveTo(CompactStatus.TERMINATED);
    }

    private void moveTo(CompactStatus target) {
        if (!status.canBecome(target)) {
            throw new Conflict("a compact that is " + status + " cannot become " + target);
        }
        status = target;
    }

    void requireDraft() {
        if (status != CompactStatus.DRAFT) {
            throw new Conflict("compact " + code + " is " + status + "; its text changes only through amendments");
        }
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public PartyCode secretariat() {
        return new PartyCode(secretariat);
    }

    public CompactStatus status() {
        return status;
    }

    public int entryIntoForceThreshold() {
        return entryIntoForceThreshold;
    }

    public int withdrawalNoticeDays() {
        return withdrawalNoticeDays;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant enteredIntoForceAt() {
        return enteredIntoForceAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long version() {
        return version;
    }

    @Override
    public PartyCode owner() {
        return secretariat();
    }

    @Override
    public Classification classification() {
        return status == CompactStatus.DRAFT ? Classification.PARTNERS : Classification.PUBLIC;
    }

    @Override
    public DataKind dataKind() {
        return DataKind.COMPACT;
    }

    @Override
    public Set<PartyCode> recipients() {
        return Set.of();
    }

    @Override
    public String reference() {
        return "compact/" + code;
    }
}
