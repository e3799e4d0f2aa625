package org.entente.audit;

import java.util.Objects;
import java.util.regex.Pattern;

import org.entente.shared.Actor;

/**
 * What a module tells the audit trail about one state change. The summary names identifiers and figures, never
 * a person: a summary that looks like it carries an e-mail address or a phone number is refused.
 *
 * @param action     dotted verb, such as {@code party.registered}
 * @param entityType the kind of record changed, such as {@code Party}
 * @param entityId   the record's stable id or code
 * @param summary    what changed, without personal data
 */
public record AuditEvent(Actor actor, String party, String action, String entityType, String entityId, String summary) {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    /** An international number ({@code +254 700 000 000}) or a run of nine or more digits; dates do not match. */
    private static final Pattern PHONE = Pattern.compile("\\+\\s?\\d[\\d ()-]{6,}\\d|\\d{9,}");
    static final int MAX_SUMMARY = 500;

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        requireText(action, "action", 100);
        requireText(entityType, "entityType", 60);
        requireText(entityId, "entityId", 100);
        requireText(summary, "summary", MAX_SUMMARY);
        if (EMAIL.matcher(summary).find() || PHONE.matcher(summary).find()) {
            throw new IllegalArgumentException("an audit summary must not carry personal data: " + action);
        }
    }

    /** An event attributed to the actor's primary party. */
    public static AuditEvent of(Actor actor, String action, String entityType, Object entityId, String summary) {
        return new AuditEvent(actor, actor.primaryParty().map(Object::toString).orElse(null), action, entityType,
                String.valueOf(entityId), summary);
    }

    private static void requireText(String value, String name, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("audit " + name + " must be 1-" + max + " characters");
        }
    }
}
