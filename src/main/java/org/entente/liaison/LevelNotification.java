package org.entente.liaison;

import org.entente.crisis.LevelNotice;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A notice delivered to a liaison unit's inbox when a crisis entered a level, and sent to its members by e-mail and
 * SMS. The unit acknowledges it once, after logging in or through the link in the messages; only the SHA-256 of that
 * link's secret is kept. When the party has no liaison unit the notice has no unit: it is undeliverable, and the
 * crisis page says so.
 */
@Table("level_notification")
public final class LevelNotification {

    @Id
    private Long id;
    private Long crisis;
    private String level;
    private String party;
    private Long unit;
    private String languages;
    private Instant sentAt;
    private String ackTokenHash;
    private Instant acknowledgedAt;
    private String acknowledgedBy;

    @PersistenceCreator
    LevelNotification() {
    }

    /** A notice to a unit, acknowledged through a link whose secret has the given SHA-256. */
    static LevelNotification send(long crisis, String level, LevelNotice notice, long unit, String ackTokenHash,
            Instant now) {
        LevelNotification n = create(crisis, level, notice, unit, now);
        n.ackTokenHash = ackTokenHash;
        return n;
    }

    /** A notice that reached no unit because the party has none. */
    static LevelNotification undeliverable(long crisis, String level, LevelNotice notice, Instant now) {
        return create(crisis, level, notice, null, now);
    }

    private static LevelNotification create(long crisis, String level, LevelNotice notice, Long unit, Instant now) {
        LevelNotification n = new LevelNotification();
        n.crisis = crisis;
        n.level = level;
        n.party = notice.party();
        n.unit = unit;
        n.languages = notice.languages();
        n.sentAt = now;
        return n;
    }

    public boolean isDelivered() {
        return unit != null;
    }

    /** Records the first acknowledgement; a later one changes nothing and answers false. */
    boolean acknowledge(String by, Instant now) {
        if (acknowledgedAt != null) {
            return false;
        }
        acknowledgedAt = now;
        acknowledgedBy = by;
        return true;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public Long id() { return id; }
    public Long crisis() { return crisis; }
    public String level() { return level; }
    public String party() { return party; }
    public Long unit() { return unit; }
    public String languages() { return languages; }
    public Instant sentAt() { return sentAt; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public String acknowledgedBy() { return acknowledgedBy; }
}
