package org.entente.compact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A proposed new text for one module, made against the version in force when proposed. Parties comment until the
 * closing date; from that day on the secretariat adopts it (a new version) or rejects it. If another amendment of
 * the same module was adopted meanwhile, this one must be proposed again against the new text.
 */
@Table("amendment")
public final class Amendment {

    @Id
    private Long id;
    private Long compact;
    private String moduleCode;
    private int baseVersion;
    private String proposedBy;
    private String title;
    private String rationale;
    private LocalDate commentsUntil;
    private AmendmentStatus status;
    private Long proposedText;
    private Integer adoptedVersion;
    private String decisionNote;
    private Instant proposedAt;
    private Instant decidedAt;
    @MappedCollection(idColumn = "amendment", keyColumn = "list_index")
    private List<AmendmentComment> comments = new ArrayList<>();
    @Version
    private Long version;

    @PersistenceCreator
    Amendment() {
    }

    static Amendment propose(Long compact, String moduleCode, int baseVersion, PartyCode proposedBy, String title,
            String rationale, LocalDate commentsUntil, Long proposedText, LocalDate today, Instant now) {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw InvalidInput.requiredAtMost("title", 300);
        }
        if (rationale != null && rationale.length() > 4000) {
            throw InvalidInput.tooLong("rationale", 4000);
        }
        if (commentsUntil == null || commentsUntil.isBefore(today) || commentsUntil.isAfter(today.plusYears(1))) {
            throw new InvalidInput("commentsUntil", "must be from today to a year ahead");
        }
        Amendment amendment = new Amendment();
        amendment.compact = compact;
        amendment.moduleCode = moduleCode;
        amendment.baseVersion = baseVersion;
        amendment.proposedBy = proposedBy.value();
        amendment.title = title.strip();
        amendment.rationale = rationale == null ? null : rationale.strip();
        amendment.commentsUntil = commentsUntil;
        amendment.status = AmendmentStatus.OPEN_FOR_COMMENT;
        amendment.proposedText = proposedText;
        amendment.proposedAt = now;
        return amendment;
    }

    void comment(AmendmentComment comment, LocalDate today) {
        if (status != AmendmentStatus.OPEN_FOR_COMMENT || today.isAfter(commentsUntil)) {
            throw new Conflict("comments on this amendment closed on " + commentsUntil);
        }
        comments.add(comment);
    }

    void adopt(int newVersion, int currentVersion, LocalDate today, Instant now) {
        requireOpen();
        if (today.isBefore(commentsUntil)) {
            throw new Conflict("the amendment is open for comments until " + commentsUntil + "; adopt it from that day on");
        }
        if (currentVersion != baseVersion) {
            throw new Conflict("module " + moduleCode + " is now at version " + currentVersion + "; this amendment was "
                    + "made against version " + baseVersion + " and must be proposed again");
        }
        status = AmendmentStatus.ADOPTED;
        adoptedVersion = newVersion;
        decidedAt = now;
    }

    void reject(String note, Instant now) {
        requireOpen();
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw new InvalidInput("note", "say why the amendment is rejected (at most 2000 characters)");
        }
        status = AmendmentStatus.REJECTED;
        decisionNote = note.strip();
        decidedAt = now;
    }

    private void requireOpen() {
        if (status != AmendmentStatus.OPEN_FOR_COMMENT) {
            throw new Conflict("the amendment is already " + status);
        }
    }

    public Long id() { return id; }
    Long compact() { return compact; }
    public String moduleCode() { return moduleCode; }
    public int baseVersion() { return baseVersion; }
    public PartyCode proposedBy() { return new PartyCode(proposedBy); }
    public String title() { return title; }
    public String rationale() { return rationale; }
    public LocalDate commentsUntil() { return commentsUntil; }
    public AmendmentStatus status() { return status; }
    Long proposedText() { return proposedText; }
    public Integer adoptedVersion() { return adoptedVersion; }
    public String decisionNote() { return decisionNote; }
    public Instant proposedAt() { return proposedAt; }
    public Instant decidedAt() { return decidedAt; }
    public List<AmendmentComment> comments() { return List.copyOf(comments); }
    public Long version() { return version; }
}
