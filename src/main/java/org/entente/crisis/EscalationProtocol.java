package org.entente.crisis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A reusable escalation protocol: ordered levels (MONITORING, ALERT, RESPONSE, EMERGENCY…), each with entry
 * triggers on key figures and mandated actions. Triggers only ever propose an escalation; a person decides.
 */
@Table("escalation_protocol")
public final class EscalationProtocol {

    @Id
    private Long id;
    private String code;
    private String name;
    private String owner;
    @MappedCollection(idColumn = "protocol", keyColumn = "list_index")
    private List<ProtocolLevel> levels = new ArrayList<>();
    @MappedCollection(idColumn = "protocol", keyColumn = "list_index")
    private List<LevelTrigger> triggers = new ArrayList<>();
    @MappedCollection(idColumn = "protocol", keyColumn = "list_index")
    private List<LevelAction> actions = new ArrayList<>();
    @MappedCollection(idColumn = "protocol", keyColumn = "list_index")
    private List<LevelNotice> notices = new ArrayList<>();

    @PersistenceCreator
    EscalationProtocol() {
    }

    static EscalationProtocol define(String code, String name, PartyCode owner, List<ProtocolLevel> levels,
            List<LevelTrigger> triggers, List<LevelAction> actions) {
        return define(code, name, owner, levels, triggers, actions, List.of());
    }

    static EscalationProtocol define(String code, String name, PartyCode owner, List<ProtocolLevel> levels,
            List<LevelTrigger> triggers, List<LevelAction> actions, List<LevelNotice> notices) {
        InvalidInput.throwIfAny(problemsOf(code, name, levels));
        Set<String> names = new HashSet<>();
        levels.forEach(l -> names.add(l.name()));
        for (int i = 0; i < triggers.size(); i++) {
            if (!names.contains(triggers.get(i).level())) {
                throw InvalidInput.coded("triggers[" + i + "].level", "no level " + triggers.get(i).level(), "protocol.invalid.noLevel");
            }
        }
        for (int i = 0; i < actions.size(); i++) {
            if (!names.contains(actions.get(i).level())) {
                throw InvalidInput.coded("actions[" + i + "].level", "no level " + actions.get(i).level(), "protocol.invalid.noLevel");
            }
        }
        for (int i = 0; i < notices.size(); i++) {
            if (!names.contains(notices.get(i).level())) {
                throw InvalidInput.coded("notices[" + i + "].level", "no level " + notices.get(i).level(), "protocol.invalid.noLevel");
            }
        }
        EscalationProtocol protocol = new EscalationProtocol();
        protocol.code = code;
        protocol.name = name.strip();
        protocol.owner = owner.value();
        protocol.levels = new ArrayList<>(levels);
        protocol.triggers = new ArrayList<>(triggers);
        protocol.actions = new ArrayList<>(actions);
        protocol.notices = new ArrayList<>(notices);
        return protocol;
    }

    /** What is wrong with a protocol's code, name and levels, every problem at once. */
    public static List<InvalidInput> problemsOf(String code, String name, List<ProtocolLevel> levels) {
        List<InvalidInput> found = new ArrayList<>();
        if (code == null || !Crisis.CODE.matcher(code).matches()) {
            found.add(InvalidInput.coded("code", "must be 2-30 upper-case letters, digits or hyphens",
                    "protocol.invalid.code"));
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            found.add(InvalidInput.requiredAtMost("name", 200));
        }
        if (levels == null || levels.size() < 2) {
            found.add(InvalidInput.coded("levels", "a protocol has at least two levels", "protocol.invalid.levels"));
            return found;
        }
        Set<String> names = new HashSet<>();
        for (ProtocolLevel l : levels) {
            if (!names.add(l.name())) {
                found.add(InvalidInput.coded("levels", "level " + l.name() + " appears twice", "protocol.invalid.twice",
                        l.name()));
                break;
            }
        }
        return found;
    }

    /** The rank of a level, from 0 for the mildest. */
    public int rankOf(String level) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).name().equals(level)) {
                return i;
            }
        }
        throw new InvalidInput("level", "protocol " + code + " has no level " + level);
    }

    /**
     * The gravest level above the current one whose triggers fire on these totals, with the triggers that fired;
     * empty when nothing calls for escalation.
     */
    public Optional<Map.Entry<ProtocolLevel, List<LevelTrigger>>> proposal(int currentRank, Map<String, Long> totals) {
        for (int rank = levels.size() - 1; rank > currentRank; rank--) {
            ProtocolLevel level = levels.get(rank);
            List<LevelTrigger> fired = triggersOf(level.name()).stream().filter(t -> t.firesOn(totals)).toList();
            if (!fired.isEmpty()) {
                return Optional.of(Map.entry(level, fired));
            }
        }
        return Optional.empty();
    }

    public List<LevelTrigger> triggersOf(String level) {
        return triggers.stream().filter(t -> t.level().equals(level)).toList();
    }

    public List<LevelAction> actionsOf(String level) {
        return actions.stream().filter(a -> a.level().equals(level)).toList();
    }

    public List<LevelNotice> noticesOf(String level) {
        return notices.stream().filter(n -> n.level().equals(level)).toList();
    }

    public List<LevelNotice> notices() { return List.copyOf(notices); }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public PartyCode owner() { return new PartyCode(owner); }
    public List<ProtocolLevel> levels() { return List.copyOf(levels); }
}
