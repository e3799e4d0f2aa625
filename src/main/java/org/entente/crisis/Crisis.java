package org.entente.crisis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.entente.shared.Classification;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.sharing.Classified;
import org.entente.sharing.DataKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A crisis: what happened, where, to which parties, who leads the response, how often affected parties report,
 * and a timeline. Public by default; a lead party may keep a crisis record to partners.
 */
@Table("crisis")
public final class Crisis implements Classified {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,29}");

    @Id
    private Long id;
    private String code;
    private String name;
    private CrisisType type;
    private String leadParty;
    private String areas;
    private Classification classification;
    private int reportEveryHours;
    private Instant startedAt;
    private Instant closedAt;
    private Long protocol;
    private String level;
    @MappedCollection(idColumn = "crisis")
    private Set<AffectedParty> affected = new HashSet<>();
    @MappedCollection(idColumn = "crisis", keyColumn = "list_index")
    private List<TimelineEvent> timeline = new ArrayList<>();
    @MappedCollection(idColumn = "crisis", keyColumn = "list_index")
    private List<DecisionRight> decisionRights = new ArrayList<>();
    @Version
    private Long version;

    @PersistenceCreator
    Crisis() {
    }

    /** A crisis as stored, read with fixed queries ({@link CrisisRows}). */
    static Crisis restore(CrisisRows.Header h, Set<String> affected, List<TimelineEvent> timeline,
            List<DecisionRight> decisionRights) {
        Crisis crisis = new Crisis();
        crisis.id = h.id();
        crisis.code = h.code();
        crisis.name = h.name();
        crisis.type = h.type();
        crisis.leadParty = h.leadParty();
        crisis.areas = h.areas();
        crisis.classification = h.classification();
        crisis.reportEveryHours = h.reportEveryHours();
        crisis.startedAt = h.startedAt();
        crisis.closedAt = h.closedAt();
        crisis.protocol = h.protocol();
        crisis.level = h.level();
        crisis.affected = affected.stream().map(AffectedParty::new)
                .collect(java.util.stream.Collectors.toCollection(HashSet::new));
        crisis.timeline = new ArrayList<>(timeline);
        crisis.decisionRights = new ArrayList<>(decisionRights);
        crisis.version = h.version();
        return crisis;
    }

    /** What is declared when a crisis is opened. */
    public record Declaration(String code, String name, CrisisType type, PartyCode leadParty, Set<PartyCode> affected,
            String areas, Classification classification, int reportEveryHours) {
        public Declaration {
            java.util.List<InvalidInput> found = new java.util.ArrayList<>();
            if (code == null || !CODE.matcher(code).matches()) {
                found.add(InvalidInput.coded("code", "must be 2-30 upper-case letters, digits or hyphens",
                        "crisis.invalid.code"));
            }
            if (name == null || name.isBlank() || name.length() > 200) {
                found.add(InvalidInput.requiredAtMost("name", 200));
            }
            if (type == null) {
                found.add(InvalidInput.coded("type", "is required", "invalid.choose"));
            }
            if (leadParty == null) {
                found.add(InvalidInput.coded("leadParty", "is required", "invalid.choose"));
            }
            if (affected == null || affected.isEmpty()) {
                found.add(InvalidInput.coded("affected", "name at least one affected party", "crisis.invalid.affected"));
            }
            if (areas != null && areas.length() > 1000) {
                found.add(InvalidInput.tooLong("areas", 1000));
            }
            classification = classification == null ? Classification.PUBLIC : classification;
            if (classification != Classification.PUBLIC && classification != Classification.PARTNERS) {
                found.add(InvalidInput.coded("classification",
                        "a crisis record is PUBLIC or PARTNERS; classify its reports instead", "invalid.choose"));
            }
            if (reportEveryHours < 6 || reportEveryHours > 24 * 31) {
                found.add(InvalidInput.coded("reportEveryHours", "must be from 6 hours to 31 days",
                        "crisis.invalid.cadence"));
            }
            InvalidInput.throwIfAny(found);
            affected = Set.copyOf(affected);
        }
    }

    static Crisis open(Declaration d, Instant now) {
        Crisis crisis = new Crisis();
        crisis.code = d.code();
        crisis.name = d.name().strip();
        crisis.type = d.type();
        crisis.leadParty = d.leadParty().value();
        crisis.areas = d.areas() == null ? null : d.areas().strip();
        crisis.classification = d.classification();
        crisis.reportEveryHours = d.reportEveryHours();
        crisis.startedAt = now;
        crisis.affected = d.affected().stream().map(p -> new AffectedParty(p.value())).collect(Collectors.toCollection(HashSet::new));
        crisis.timeline.add(TimelineEvent.of(now, crisis.leadParty, "Crisis opened: " + crisis.name, "timeline.opened",
                crisis.name));
        return crisis;
    }

    void record(String text, PartyCode party, Instant now) {
        requireActive();
        if (text == null || text.isBlank() || text.length() > 1000) {
            throw InvalidInput.requiredAtMost("text", 1000);
        }
        timeline.add(new TimelineEvent(now, text.strip(), party.value()));
    }

    /**
     * Puts the crisis under an escalation protocol at a starting level. The timeline is public: it names the deciding
     * party, while the audit trail keeps the person.
     */
    void follow(EscalationProtocol p, String startLevel, PartyCode by, Instant now) {
        requireActive();
        p.rankOf(startLevel);
        protocol = p.id();
        level = startLevel;
        timeline.add(TimelineEvent.of(now, by.value(), "Escalation protocol " + p.code() + " applies; level " + startLevel,
                "timeline.protocol", p.name(), startLevel));
    }

    /** Moves to another level of its protocol, recording which party decided and why. */
    void moveTo(EscalationProtocol p, String target, String reason, PartyCode by, Instant now) {
        requireActive();
        if (protocol == null || !protocol.equals(p.id())) {
            throw new Conflict("crisis " + code + " has no escalation protocol yet");
        }
        if (target.equals(level)) {
            throw new Conflict("crisis " + code + " is at level " + level + " already");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInput.reasonRequired("reason", 500);
        }
        boolean up = p.rankOf(target) > p.rankOf(level);
        timeline.add(TimelineEvent.of(now, by.value(), (up ? "Escalated" : "De-escalated") + " from " + level + " to "
                + target + ": " + reason.strip(), up ? "timeline.escalated" : "timeline.deescalated", level, target,
                reason.strip()));
        level = target;
    }

    /** Replaces the decision rights; one holder per kind of resource. */
    void assignDecisionRights(List<DecisionRight> rights, Instant now) {
        requireActive();
        java.util.Set<ResourceKind> seen = java.util.EnumSet.noneOf(ResourceKind.class);
        for (int i = 0; i < rights.size(); i++) {
            if (!seen.add(rights.get(i).resource())) {
                throw new InvalidInput("rights[" + i + "].resource", rights.get(i).resource() + " has two holders");
            }
        }
        decisionRights = new ArrayList<>(rights);
        timeline.add(TimelineEvent.of(now, leadParty, "Decision rights assigned for " + rights.size()
                + " kind(s) of resources", "timeline.rights", rights.size()));
    }

    /** Who decides priorities for a kind of resource: as assigned, else the lead party's focal point. */
    public DecisionRight decisionHolder(ResourceKind resource) {
        return decisionRights.stream().filter(r -> r.resource() == resource).findFirst()
                .orElse(new DecisionRight(resource, leadParty, org.entente.shared.Role.FOCAL_POINT));
    }

    public List<DecisionRight> decisionRights() {
        return java.util.Arrays.stream(ResourceKind.values()).map(this::decisionHolder).toList();
    }

    void close(Instant now) {
        requireActive();
        closedAt = now;
        timeline.add(TimelineEvent.of(now, leadParty, "Crisis closed", "timeline.closed"));
    }

    private void requireActive() {
        if (closedAt != null) {
            throw new Conflict("crisis " + code + " is closed");
        }
    }

    /** When a party's next report falls due: the cadence after its last report, or after the start. */
    public Instant nextReportDue(Instant lastReport) {
        return (lastReport == null ? startedAt : lastReport).plus(Duration.ofHours(reportEveryHours));
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public CrisisType type() { return type; }
    public PartyCode leadParty() { return new PartyCode(leadParty); }
    public String areas() { return areas; }
    public int reportEveryHours() { return reportEveryHours; }
    public Instant startedAt() { return startedAt; }
    public Instant closedAt() { return closedAt; }
    public boolean isActive() { return closedAt == null; }
    public Set<PartyCode> affectedParties() {
        return affected.stream().map(a -> new PartyCode(a.partyCode())).collect(Collectors.toCollection(TreeSet::new));
    }
    public List<TimelineEvent> timeline() { return List.copyOf(timeline); }
    public Long version() { return version; }
    public Long protocol() { return protocol; }
    public String level() { return level; }

    @Override
    public PartyCode owner() {
        return leadParty();
    }

    @Override
    public Classification classification() {
        return classification;
    }

    @Override
    public DataKind dataKind() {
        return DataKind.CRISIS;
    }

    @Override
    public Set<PartyCode> recipients() {
        return Set.of();
    }

    @Override
    public String reference() {
        return "crisis/" + code;
    }
}
