package org.entente.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.party.PartyDirectory;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PageOf;
import org.entente.shared.Paging;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one decision point for reading classified records. Modules pass what they are about to show; this answers
 * what the viewer may see, how much was withheld, and logs every disclosure to another party. It opens no
 * transaction of its own: it reads the owners' rules in the caller's, and the disclosures are written once the
 * caller's transaction commits ({@link DisclosureLog}), so a read holds one connection however many records it
 * shows.
 */
@Service
public class Sharing {

    private final SharingRules rules;
    private final Disclosures disclosures;
    private final DisclosureLog log;
    private final PartyDirectory parties;
    private final AuditTrail audit;
    private final Clock clock;
    private final RuleParties ruleParties;

    Sharing(SharingRules rules, Disclosures disclosures, DisclosureLog log, PartyDirectory parties, AuditTrail audit,
            Clock clock, RuleParties ruleParties) {
        this.ruleParties = ruleParties;
        this.rules = rules;
        this.disclosures = disclosures;
        this.log = log;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The records a viewer may see, in the order given, and how many were withheld. */
    public record Visible<T>(List<T> items, int withheld) {
        public Visible {
            items = List.copyOf(items);
        }
    }

    public <T extends Classified> Visible<T> filter(Actor viewer, Collection<T> records, Disclosure.Purpose purpose) {
        Map<String, Set<PartyCode>> ruleCache = new HashMap<>();
        List<T> visible = new ArrayList<>();
        List<Disclosures.Entry> disclosed = new ArrayList<>();
        int withheld = 0;
        Instant now = clock.instant();
        for (T record : records) {
            SharingPolicy.Decision decision = SharingPolicy.decide(viewer, record, () -> ruleCache.computeIfAbsent(
                    record.owner() + "/" + record.dataKind(), k -> ruleParties(record.owner(), record.dataKind())));
            if (!decision.allowed()) {
                withheld++;
                continue;
            }
            decision.disclosedTo().ifPresent(recipient -> disclosed.add(new Disclosures.Entry(now,
                    record.owner().value(), recipient.value(), viewer.username(), record.dataKind(),
                    record.reference(), record.classification(), purpose)));
            visible.add(record);
        }
        log.record(disclosed);
        return new Visible<>(visible, withheld);
    }

    public boolean mayRead(Actor viewer, Classified record, Disclosure.Purpose purpose) {
        return filter(viewer, List.of(record), purpose).withheld() == 0;
    }

    /**
     * Returns the record if the viewer may read it, and otherwise answers "not found", so that a refused reader
     * cannot even learn that the record exists.
     */
    public <T extends Classified> T requireReadable(Actor viewer, T record) {
        if (!mayRead(viewer, record, Disclosure.Purpose.READ)) {
            throw new NotFound(record.dataKind().name().toLowerCase(java.util.Locale.ROOT), record.reference());
        }
        return record;
    }

    @Transactional(readOnly = true)
    public List<SharingRule> rulesOf(Actor actor, PartyCode owner) {
        actor.requireAuthenticated();
        if (!actor.isMemberOf(owner) && !actor.isSystem()) {
            throw new AccessDenied("only members of " + owner + " see its sharing rules");
        }
        return rules.findByOwnerParty(owner.value());
    }

    /** Replaces the owner's red line for one kind of data. Only the owner's focal point may do this. */
    @Transactional
    public SharingRule setRule(Actor actor, PartyCode owner, DataKind kind, Set<PartyCode> admitted,
            Long expectedVersion) {
        actor.requireRoleFor(owner, Role.FOCAL_POINT);
        if (kind == null) {
            throw InvalidInput.required("dataKind");
        }
        for (PartyCode party : admitted) {
            if (!parties.exists(party)) {
                throw InvalidInput.unknown("parties", party.value());
            }
        }
        SharingRule rule = rules.findByOwnerPartyAndDataKind(owner.value(), kind)
                .orElseGet(() -> SharingRule.open(owner, kind));
        if (expectedVersion != null && !expectedVersion.equals(rule.version())) {
            throw org.entente.shared.Conflict.coded("the rule was changed since version " + expectedVersion,
                    "sharing.changed");
        }
        rule.shareWith(admitted, clock.instant());
        SharingRule saved = rules.save(rule);
        audit.record(new AuditEvent(actor, owner.value(), "sharing.rule-set", "SharingRule", owner + "/" + kind,
                owner + " shares RESTRICTED " + kind + " with " + (admitted.isEmpty() ? "no party"
                        : admitted.stream().sorted().map(PartyCode::value).toList())));
        return saved;
    }

    /**
     * Sets the owner's red lines for several kinds of data at once, as one command: only the kinds whose parties
     * change are written (each with its own audit entry), and a kind changed by someone else since the version read
     * refuses the whole. Returns how many kinds changed.
     */
    @Transactional
    public int setRules(Actor actor, PartyCode owner, Map<DataKind, Set<PartyCode>> admitted,
            Map<DataKind, Long> versions) {
        actor.requireRoleFor(owner, Role.FOCAL_POINT);
        Map<DataKind, SharingRule> current = new java.util.EnumMap<>(DataKind.class);
        rules.findByOwnerParty(owner.value()).forEach(r -> current.put(r.dataKind(), r));
        int changed = 0;
        for (var entry : admitted.entrySet()) {
            SharingRule rule = current.get(entry.getKey());
            Set<PartyCode> before = rule == null ? Set.of() : rule.parties();
            if (!before.equals(entry.getValue())) {
                setRule(actor, owner, entry.getKey(), entry.getValue(), versions.get(entry.getKey()));
                changed++;
            }
        }
        return changed;
    }

    /** The owner's disclosure log, newest first, including reads whose disclosures were still queued. */
    public PageOf<Disclosure> disclosuresOf(Actor actor, PartyCode owner, Paging paging) {
        actor.requireAuthenticated();
        if (!(actor.hasRoleFor(owner, Role.FOCAL_POINT) || actor.hasRoleFor(owner, Role.ADMIN)
                || actor.hasRoleFor(owner, Role.AUDITOR))) {
            throw new AccessDenied("only the focal point, administrator or auditor of " + owner + " reads its disclosures");
        }
        log.flush();
        return new PageOf<>(disclosures.ofOwner(owner.value(), paging), paging.page(), paging.size(),
                disclosures.countOfOwner(owner.value()));
    }

    private Set<PartyCode> ruleParties(PartyCode owner, DataKind kind) {
        return ruleParties.of(owner, kind);
    }
}
