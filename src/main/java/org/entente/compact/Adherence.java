package org.entente.compact;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One party's adherence to one compact: what it chose, how it adapts, its targets and dates, and where it stands. */
@Table("adherence")
public final class Adherence {

    @Id
    private Long id;
    private Long compact;
    private String party;
    private AdherenceStatus status;
    private Instant declaredAt;
    private Instant decidedAt;
    private Instant effectiveAt;
    private String returnReasons;
    private Instant withdrawalEffectiveAt;
    @MappedCollection(idColumn = "adherence")
    private Set<CommittedModule> modules = new HashSet<>();
    @MappedCollection(idColumn = "adherence", keyColumn = "list_index")
    private List<Adaptation> adaptations = new ArrayList<>();
    @MappedCollection(idColumn = "adherence", keyColumn = "list_index")
    private List<IndicatorTarget> targets = new ArrayList<>();
    @MappedCollection(idColumn = "adherence", keyColumn = "list_index")
    private List<PhaseDate> phaseDates = new ArrayList<>();
    @Version
    private Long version;

    @PersistenceCreator
    Adherence() {
    }

    static Adherence declare(Long compact, PartyCode party, Declaration declaration, Map<String, Integer> versions,
            Instant now) {
        Adherence adherence = new Adherence();
        adherence.compact = compact;
        adherence.party = party.value();
        adherence.status = AdherenceStatus.DECLARED;
        adherence.apply(declaration, versions, now);
        return adherence;
    }

    /** A corrected declaration before the decision, a revised one after a return, or a fresh one after a withdrawal. */
    void redeclare(Declaration declaration, Map<String, Integer> versions, Instant now) {
        if (!status.isRevisable()) {
            throw new Conflict("an adherence that is " + status + " cannot be re-declared; withdraw it first");
        }
        if (status != AdherenceStatus.DECLARED) {
            moveTo(AdherenceStatus.DECLARED);
        }
        apply(declaration, versions, now);
        returnReasons = null;
        decidedAt = null;
        effectiveAt = null;
        withdrawalEffectiveAt = null;
    }

    private void apply(Declaration declaration, Map<String, Integer> versions, Instant now) {
        modules = new HashSet<>();
        declaration.modules().forEach(code -> modules.add(new CommittedModule(code, versions.get(code), false)));
        adaptations = new ArrayList<>(declaration.adaptations());
        targets = new ArrayList<>(declaration.targets());
        phaseDates = new ArrayList<>(declaration.phaseDates());
        declaredAt = now;
    }

    /** Accepted by the secretariat: binding from now; active at once if the compact is already in force. */
    void accept(Instant now, boolean compactInForce) {
        moveTo(compactInForce ? AdherenceStatus.ACTIVE : AdherenceStatus.ACCEPTED);
        decidedAt = now;
        effectiveAt = now;
    }

    void returnWith(String reasons, Instant now) {
        if (reasons == null || reasons.isBlank() || reasons.length() > 2000) {
            throw new InvalidInput("reasons", "say why the declaration is returned (at most 2000 characters)");
        }
        moveTo(AdherenceStatus.RETURNED);
        returnReasons = reasons.strip();
        decidedAt = now;
    }

    void activate() {
        if (status == AdherenceStatus.ACCEPTED) {
            moveTo(AdherenceStatus.ACTIVE);
        }
    }

    /**
     * A party leaves. A binding adherence stays binding for the notice period; a declaration not yet accepted is
     * withdrawn at once.
     */
    void notifyWithdrawal(Instant now, int noticeDays) {
        if (status.isBinding()) {
            moveTo(AdherenceStatus.WITHDRAWAL_NOTIFIED);
            withdrawalEffectiveAt = now.plus(Duration.ofDays(noticeDays));
        } else {
            moveTo(AdherenceStatus.WITHDRAWN);
            withdrawalEffectiveAt = now;
        }
    }

    /** Completes a notified withdrawal once its notice has run; returns whether it did. */
    boolean completeWithdrawal(Instant now) {
        if (status != AdherenceStatus.WITHDRAWAL_NOTIFIED || now.isBefore(withdrawalEffectiveAt)) {
            return false;
        }
        moveTo(AdherenceStatus.WITHDRAWN);
        return true;
    }

    /** Flags a module whose amended text changed a core protection or an indicator. */
    boolean askToReconfirm(String moduleCode) {
        Optional<CommittedModule> committed = committed(moduleCode);
        if (committed.isEmpty() || !status.isBinding() && status != AdherenceStatus.DECLARED) {
            return false;
        }
        modules.remove(committed.get());
        modules.add(new CommittedModule(moduleCode, committed.get().moduleVersion(), true));
        return true;
    }

    void reconfirm(String moduleCode, int currentVersion) {
        CommittedModule committed = committed(moduleCode)
                .orElseThrow(() -> new InvalidInput("module", "the party does not adhere to " + moduleCode));
        modules.remove(committed);
        modules.add(new CommittedModule(moduleCode, currentVersion, false));
    }

    private void moveTo(AdherenceStatus target) {
        if (!status.canBecome(target)) {
            throw new Conflict("an adherence that is " + status + " cannot become " + target);
        }
        status = target;
    }

    /** The date a phase falls due for this party: its own date, or the offset from when its adherence took effect. */
    public Optional<LocalDate> dueDate(String moduleCode, Phase phase) {
        Optional<LocalDate> own = phaseDates.stream()
                .filter(d -> d.moduleCode().equals(moduleCode) && d.phaseName().equals(phase.name()))
                .map(PhaseDate::dueOn).findFirst();
        if (own.isPresent()) {
            return own;
        }
        return Optional.ofNullable(effectiveAt)
                .map(t -> t.atZone(ZoneOffset.UTC).toLocalDate().plusDays(phase.dueOffsetDays()));
    }

    public Optional<CommittedModule> committed(String moduleCode) {
        return modules.stream().filter(m -> m.moduleCode().equals(moduleCode)).findFirst();
    }

    public boolean adapts(String moduleCode) {
        return adaptations.stream().anyMatch(a -> a.moduleCode().equals(moduleCode));
    }

    public Long id() { return id; }
    Long compact() { return compact; }
    public PartyCode party() { return new PartyCode(party); }
    public AdherenceStatus status() { return status; }
    public Instant declaredAt() { return declaredAt; }
    public Instant decidedAt() { return decidedAt; }
    public Instant effectiveAt() { return effectiveAt; }
    public String returnReasons() { return returnReasons; }
    public Instant withdrawalEffectiveAt() { return withdrawalEffectiveAt; }
    public List<CommittedModule> modules() {
        return modules.stream().sorted((a, b) -> a.moduleCode().compareTo(b.moduleCode())).toList();
    }
    public List<Adaptation> adaptations() { return List.copyOf(adaptations); }
    public List<IndicatorTarget> targets() { return List.copyOf(targets); }
    public List<PhaseDate> phaseDates() { return List.copyOf(phaseDates); }
    public Long version() { return version; }
}
