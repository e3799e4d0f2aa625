package org.entente.crisis;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A notice delivered to a liaison unit's inbox when a crisis entered a level. When the party has no liaison unit the
 * notice has no unit: it is undeliverable, and the crisis page says so.
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

    @PersistenceCreator
    LevelNotification() {
    }

    static LevelNotification send(long crisis, String level, LevelNotice notice, Long unit, Instant now) {
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

    public Long id() { return id; }
    public Long crisis() { return crisis; }
    public String level() { return level; }
    public String party() { return party; }
    public Long unit() { return unit; }
    public String languages() { return languages; }
    public Instant sentAt() { return sentAt; }
}
