package org.entente.monitoring;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence on a disputed submission (MIG-5): a monitor of another party attaches what shows the figure is wrong (the
 * inspectorate's register), and the reporting party's focal point what supports its correction or its contest. Each
 * file is kept with its SHA-256, shown beside it, so that a copy can be checked against the one filed; only PDF,
 * images, spreadsheets and text are taken, recognised by their first bytes, up to 5 MB. Those who may read the
 * submission may read its evidence.
 */
@Service
public class Evidence {

    public static final int MOST_BYTES = 5_000_000;

    /** A file as filed, without its content. */
    public record Filed(long id, long submission, PartyCode party, String fileName, String contentType, long size,
            String sha256, String note, String uploadedBy, Instant uploadedAt) {
    }

    public record File(Filed filed, byte[] content) {
    }

    /** What a file's first bytes say it is, and the type it is served as. */
    private static final Map<String, String> KINDS = Map.of("pdf", "application/pdf", "png", "image/png", "jpg",
            "image/jpeg", "jpeg", "image/jpeg", "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv", "text/csv", "txt",
            "text/plain");

    private final JdbcClient jdbc;
    private final Submissions submissions;
    private final AuditTrail audit;
    private final Clock clock;

    Evidence(JdbcClient jdbc, Submissions submissions, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Files a piece of evidence on a submission that is disputed, or being corrected after a dispute. */
    @Transactional
    public Filed attach(Actor actor, long submissionId, String fileName, byte[] content, String note) {
        Submissions.Stored s = submissions.get(submissionId);
        boolean monitor = actor.partiesWith(Role.MONITOR).stream().anyMatch(p -> !p.equals(s.party().value()));
        boolean reporter = actor.hasRoleFor(s.party(), Role.FOCAL_POINT);
        if (!monitor && !reporter) {
            throw new AccessDenied("a monitor of another party, or the reporting party's focal point, files evidence");
        }
        if (s.status() != SubmissionStatus.SUBMITTED && s.status() != SubmissionStatus.DISPUTED) {
            throw org.entente.shared.Conflict.coded("evidence is filed on a submission being verified or disputed, "
                    + "not a " + s.status() + " one", "monitoring.evidenceClosed");
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                : "";
        if (content == null || content.length == 0) {
            throw InvalidInput.coded("file", "choose a file", "monitoring.invalid.evidence");
        }
        if (content.length > MOST_BYTES) {
            throw InvalidInput.coded("file", "is larger than 5 MB", "monitoring.invalid.fileSize", 5);
        }
        String type = KINDS.get(extension);
        if (type == null || name.length() > 200 || !looksLike(extension, content)) {
            throw InvalidInput.coded("file", "send a PDF, an image, a spreadsheet or a text file",
                    "monitoring.invalid.evidence");
        }
        if (note != null && note.length() > 500) {
            throw InvalidInput.tooLong("note", 500);
        }
        String party = monitor ? actor.partiesWith(Role.MONITOR).stream().filter(p -> !p.equals(s.party().value()))
                .findFirst().orElseThrow() : s.party().value();
        String sha256 = sha256(content);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dispute_evidence (submission, party, file_name, content_type, size_bytes, sha256, content,
                    note, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(submissionId, party, name, type, content.length, sha256, content,
                        note == null || note.isBlank() ? null : note.strip(), actor.username(),
                        Timestamp.from(clock.instant())).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(new AuditEvent(actor, s.party().value(), "evidence.filed", "ValueSubmission",
                String.valueOf(submissionId), "evidence " + id + " (" + type + ", " + content.length + " bytes, sha256 "
                        + sha256.substring(0, 12) + "…) filed on submission " + submissionId));
        return filed(id);
    }

    /** The evidence of a submission, for those who may read it. */
    @Transactional(readOnly = true)
    public List<Filed> of(Actor actor, long submission) {
        submissions.get(actor, submission);
        return jdbc.sql(SELECT + " where submission = ? order by uploaded_at, id").param(submission)
                .query(Evidence::filed).list();
    }

    /** One file with its content, for those who may read its submission. */
    @Transactional(readOnly = true)
    public File file(Actor actor, long id) {
        Filed filed = filed(id);
        submissions.get(actor, filed.submission());
        byte[] content = jdbc.sql("select content from dispute_evidence where id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).single();
        return new File(filed, content);
    }

    private Filed filed(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Evidence::filed).optional()
                .orElseThrow(() -> new NotFound("evidence", id));
    }

    private static final String SELECT = """
            select id, submission, party, file_name, content_type, size_bytes, sha256, note, uploaded_by, uploaded_at
            from dispute_evidence""";

    private static Filed filed(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Filed(rs.getLong("id"), rs.getLong("submission"), new PartyCode(rs.getString("party")),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("note"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    /** Whether the first bytes are those of the kind the name says: no executable renamed to .pdf. */
    static boolean looksLike(String extension, byte[] b) {
        return switch (extension) {
            case "pdf" -> starts(b, '%', 'P', 'D', 'F');
            case "png" -> starts(b, 0x89, 'P', 'N', 'G');
            case "jpg", "jpeg" -> starts(b, 0xFF, 0xD8, 0xFF);
            case "xlsx" -> starts(b, 'P', 'K', 3, 4);
            case "csv", "txt" -> textual(b);
            default -> false;
        };
    }

    private static boolean starts(byte[] b, int... head) {
        if (b.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((b[i] & 0xFF) != head[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean textual(byte[] b) {
        for (int i = 0; i < Math.min(b.length, 4096); i++) {
            int c = b[i] & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
