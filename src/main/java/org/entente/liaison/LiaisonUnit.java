package org.entente.liaison;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A party's liaison unit (CRI-1): its charter and mandate, its members, its 24/7 on-call rotation and its standing
 * weekly meeting. It exists between crises, so that the channel is there when one starts.
 */
@Table("liaison_unit")
public final class LiaisonUnit {

    @Id
    private Long id;
    private String party;
    private String name;
    private String charter;
    private String mandateReference;
    private String mandateAuthority;
    private String mandateScope;
    private LocalDate mandateValidUntil;
    private DayOfWeek meetingDay;
    private LocalTime meetingTime;
    private Integer meetingMinutes;
    @MappedCollection(idColumn = "liaison_unit", keyColumn = "list_index")
    private List<UnitMember> members = new ArrayList<>();
    @MappedCollection(idColumn = "liaison_unit", keyColumn = "list_index")
    private List<OnCallShift> shifts = new ArrayList<>();
    @Version
    private Long version;

    @PersistenceCreator
    LiaisonUnit() {
    }

    /** Everything a unit says about itself, validated as a whole. */
    public record Details(String name, String charter, String mandateReference, String mandateAuthority,
            String mandateScope, LocalDate mandateValidUntil, DayOfWeek meetingDay, LocalTime meetingTime,
            Integer meetingMinutes, List<UnitMember> members, List<OnCallShift> shifts) {
        public Details {
            if (name == null || name.isBlank() || name.length() > 200) {
                throw InvalidInput.requiredAtMost("name", 200);
            }
            if (charter != null && charter.length() > 4000) {
                throw InvalidInput.tooLong("charter", 4000);
            }
            if ((meetingDay == null) != (meetingTime == null)) {
                throw new InvalidInput("meetingTime", "a standing meeting needs both a day and a time");
            }
            if (meetingMinutes != null && (meetingMinutes < 15 || meetingMinutes > 480)) {
                throw new InvalidInput("meetingMinutes", "must be 15 to 480 minutes");
            }
            members = members == null ? List.of() : List.copyOf(members);
            shifts = shifts == null ? List.of() : List.copyOf(shifts);
            for (int i = 0; i < shifts.size(); i++) {
                String member = shifts.get(i).member();
                if (members.stream().noneMatch(m -> m.name().equals(member))) {
                    throw new InvalidInput("shifts[" + i + "].member", "no member named " + member);
                }
            }
        }
    }

    static LiaisonUnit establish(PartyCode party, Details details) {
        LiaisonUnit unit = new LiaisonUnit();
        unit.party = party.value();
        unit.apply(details);
        return unit;
    }

    void revise(Details details) {
        apply(details);
    }

    private void apply(Details d) {
        name = d.name().strip();
        charter = d.charter();
        mandateReference = d.mandateReference();
        mandateAuthority = d.mandateAuthority();
        mandateScope = d.mandateScope();
        mandateValidUntil = d.mandateValidUntil();
        meetingDay = d.meetingDay();
        meetingTime = d.meetingTime();
        meetingMinutes = d.meetingDay() == null ? null : (d.meetingMinutes() == null ? 60 : d.meetingMinutes());
        members = new ArrayList<>(d.members());
        shifts = new ArrayList<>(d.shifts());
    }

    void confirmMember(int index, LocalDate today) {
        if (index < 0 || index >= members.size()) {
            throw new InvalidInput("index", "no member at position " + index);
        }
        UnitMember m = members.get(index);
        members.set(index, new UnitMember(m.name(), m.function(), m.email(), m.phone(), m.languages(), today));
    }

    /** Who is on call at that instant, if anyone. */
    public Optional<OnCallShift> onCall(Instant at) {
        return shifts.stream().filter(s -> s.covers(at)).findFirst();
    }

    /** The next shift to start after that instant. */
    public Optional<OnCallShift> nextOnCall(Instant at) {
        return shifts.stream().filter(s -> s.startsAt().isAfter(at)).min(Comparator.comparing(OnCallShift::startsAt));
    }

    public boolean mandateExpired(LocalDate today) {
        return mandateValidUntil != null && mandateValidUntil.isBefore(today);
    }

    public Long id() { return id; }
    public PartyCode party() { return new PartyCode(party); }
    public String name() { return name; }
    public String charter() { return charter; }
    public String mandateReference() { return mandateReference; }
    public String mandateAuthority() { return mandateAuthority; }
    public String mandateScope() { return mandateScope; }
    public LocalDate mandateValidUntil() { return mandateValidUntil; }
    public DayOfWeek meetingDay() { return meetingDay; }
    public LocalTime meetingTime() { return meetingTime; }
    public Integer meetingMinutes() { return meetingMinutes; }
    public List<UnitMember> members() { return List.copyOf(members); }
    public List<OnCallShift> shifts() { return List.copyOf(shifts); }
    public Long version() { return version; }
}
