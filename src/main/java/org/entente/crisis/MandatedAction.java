package org.entente.crisis;

import java.time.Duration;
import java.time.Instant;

import org.entente.shared.Conflict;
import org.entente.shared.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** An action a level mandated on entry, owned by a role of the lead party, tracked to done; late ones stand out. */
@Table("mandated_action")
public final class MandatedAction {

    @Id
    private Long id;
    private Long crisis;
    private String level;
    private String title;
    private Role ownerRole;
    private Instant createdAt;
    private Instant dueAt;
    private Instant doneAt;
    private String doneBy;

    @PersistenceCreator
    MandatedAction() {
    }

    static MandatedAction mandate(Long crisis, LevelAction template, Instant now) {
        MandatedAction a = new MandatedAction();
        a.crisis = crisis;
        a.level = template.level();
        a.title = template.title();
        a.ownerRole = template.ownerRole();
        a.createdAt = now;
        a.dueAt = now.plus(Duration.ofHours(template.deadlineHours()));
        return a;
    }

    void complete(String by, Instant now) {
        if (doneAt != null) {
            throw new Conflict("the action was done already");
        }
        doneAt = now;
        doneBy = by;
    }

    public boolean isOverdue(Instant now) {
        return doneAt == null && now.isAfter(dueAt);
    }

    public Long id() { return id; }
    Long crisis() { return crisis; }
    public String level() { return level; }
    public String title() { return title; }
    public Role ownerRole() { return ownerRole; }
    public Instant dueAt() { return dueAt; }
    public Instant doneAt() { return doneAt; }
    public String doneBy() { return doneBy; }
}
