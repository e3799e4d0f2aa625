package org.entente.liaison;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The record of one meeting of a liaison unit (CRI-1): when it was held, which parties attended, the minutes, and the
 * decisions with the party that owns each. A record may belong to a crisis; it is never edited once recorded, only
 * followed by the next meeting's.
 */
@Table("meeting_record")
public final class MeetingRecord {

    @Id
    private Long id;
    private Long unit;
    private Long crisis;
    private Instant heldAt;
    private String title;
    private String attendees;
    private String minutes;
    private Instant recordedAt;
    @MappedCollection(idColumn = "meeting_record", keyColumn = "list_index")
    private List<MeetingDecision> decisions = new ArrayList<>();
    @Version
    private Long version;

    @PersistenceCreator
    MeetingRecord() {
    }

    /** What the keeper of a unit writes down after a meeting. */
    public record Minutes(Long crisis, Instant heldAt, String title, List<String> attendees, String minutes,
            List<MeetingDecision> decisions) {
        public Minutes {
            if (heldAt == null) {
                throw InvalidInput.required("heldAt");
            }
            if (title == null || title.isBlank() || title.length() > 200) {
                throw InvalidInput.requiredAtMost("title", 200);
            }
            if (attendees == null || attendees.isEmpty()) {
                throw new InvalidInput("attendees", "name at least one attending party");
            }
            if (minutes == null || minutes.isBlank() || minutes.length() > 8000) {
                throw InvalidInput.requiredAtMost("minutes", 8000);
            }
            attendees = attendees.stream().map(a -> PartyCode.of(a).value()).distinct().sorted().toList();
            if (String.join(" ", attendees).length() > 400) {
                throw new InvalidInput("attendees", "too many parties for one record");
            }
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
            if (decisions.size() > 50) {
                throw new InvalidInput("decisions", "at most 50 decisions per meeting");
            }
        }
    }

    static MeetingRecord of(long unit, Minutes minutes, Instant now) {
        if (minutes.heldAt().isAfter(now)) {
            throw new InvalidInput("heldAt", "a meeting is recorded after it was held, not before");
        }
        for (int i = 0; i < minutes.decisions().size(); i++) {
            String owner = minutes.decisions().get(i).owner();
            if (!minutes.attendees().contains(owner)) {
                throw new InvalidInput("decisions[" + i + "].owner",
                        owner + " did not attend; a decision is owned by an attending party");
            }
        }
        MeetingRecord record = new MeetingRecord();
        record.unit = unit;
        record.crisis = minutes.crisis();
        record.heldAt = minutes.heldAt();
        record.title = minutes.title().strip();
        record.attendees = String.join(" ", minutes.attendees());
        record.minutes = minutes.minutes().strip();
        record.recordedAt = now;
        record.decisions = new ArrayList<>(minutes.decisions());
        return record;
    }

    public Long id() { return id; }
    public Long unit() { return unit; }
    public Long crisis() { return crisis; }
    public Instant heldAt() { return heldAt; }
    public String title() { return title; }
    public List<String> attendees() { return Arrays.asList(attendees.split(" ")); }
    public String minutes() { return minutes; }
    public Instant recordedAt() { return recordedAt; }
    public List<MeetingDecision> decisions() { return List.copyOf(decisions); }
}
