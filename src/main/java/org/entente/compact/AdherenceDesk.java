package org.entente.compact;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adherence to compacts: a party's focal point declares which modules it adheres to and how; the compact's
 * secretariat accepts or returns the declaration; the compact enters into force when enough parties are accepted;
 * a party withdraws after the compact's notice period.
 */
@Service
public class AdherenceDesk {

    private final ApplicationEventPublisher events;
    private final Adherences adherences;
    private final Compacts compacts;
    private final CompactModules modules;
    private final ModuleTexts texts;
    private final CompactCatalogue catalogue;
    private final PartyDirectory parties;
    private final AuditTrail audit;
    private final Clock clock;
    private final MatrixRows matrixRows;

    AdherenceDesk(Adherences adherences, Compacts compacts, CompactModules modules, ModuleTexts texts,
            CompactCatalogue catalogue, PartyDirectory parties, AuditTrail audit, Clock clock, MatrixRows matrixRows,
            ApplicationEventPublisher events) {
        this.events = events;
        this.matrixRows = matrixRows;
        this.adherences = adherences;
        this.compacts = compacts;
        this.modules = modules;
        this.texts = texts;
        this.catalogue = catalogue;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Declares (or re-declares after a return or withdrawal) the party's adherence. Only its focal point may. */
    @Transactional
    public Adherence declare(Actor actor, String compactCode, PartyCode party, Declaration declaration) {
        actor.requireRoleFor(party, Role.FOCAL_POINT);
        Compact compact = catalogue.find(compactCode);
        if (!compact.status().acceptsAdherence()) {
            throw new Conflict("compact " + compactCode + " is " + compact.status() + " and does not accept adherence");
        }
        Map<String, AdherenceRules.Offer> offers = offers(compact);
        AdherenceRules.check(declaration, offers);
        Map<String, Integer> versions = new LinkedHashMap<>();
        offers.forEach((code, offer) -> versions.put(code, offer.module().currentVersion()));
        Instant now = clock.instant();
        Adherence adherence = adherences.findByCompactAndParty(compact.id(), party.value())
                .map(existing -> {
                    existing.redeclare(declaration, versions, now);
                    return existing;
                })
                .orElseGet(() -> Adherence.declare(compact.id(), party, declaration, versions, now));
        Adherence saved = adherences.save(adherence);
        audit.record(new AuditEvent(actor, party.value(), "adherence.declared", "Adherence", key(compactCode, party),
                party + " declared adherence to " + declaration.modules().size() + " module(s) of " + compactCode
                        + " with " + declaration.adaptations().size() + " adaptation(s)"));
        return saved;
    }

    /** The secretariat accepts a declaration; the compact may enter into force as a result. */
    @Transactional
    public Adherence accept(Actor actor, String compactCode, PartyCode party) {
        Compact compact = catalogue.find(compactCode);
        CompactCatalogue.requireSecretariatOf(actor, compact);
        Adherence adherence = find(compact, party);
        if (adherence.status() != AdherenceStatus.DECLARED) {
            throw new Conflict("only a declared adherence can be accepted; this one is " + adherence.status());
        }
        // The rules are checked again: a module may have expired since the declaration.
        AdherenceRules.check(declarationOf(adherence), offers(compact));
        Instant now = clock.instant();
        adherence.accept(now, compact.status() == CompactStatus.IN_FORCE);
        Adherence saved = adherences.save(adherence);
        audit.record(new AuditEvent(actor, compact.secretariat().value(), "adherence.accepted", "Adherence",
                key(compactCode, party), "accepted the adherence of " + party + " to " + compactCode));
        events.publishEvent(new AdherenceAccepted(compactCode, party.value()));
        enterIntoForceIfReached(actor, compact, now);
        // Entry into force may have activated this very adherence.
        return adherences.findById(saved.id()).orElseThrow();
    }

    @Transactional
    public Adherence giveBack(Actor actor, String compactCode, PartyCode party, String reasons) {
        Compact compact = catalogue.find(compactCode);
        CompactCatalogue.requireSecretariatOf(actor, compact);
        Adherence adherence = find(compact, party);
        adherence.returnWith(reasons, clock.instant());
        Adherence saved = adherences.save(adherence);
        audit.record(new AuditEvent(actor, compact.secretariat().value(), "adherence.returned", "Adherence",
                key(compactCode, party), "returned the declaration of " + party + " to " + compactCode + " with reasons"));
        return saved;
    }

    /** The party's focal point withdraws; a binding adherence ends after the compact's notice period. */
    @Transactional
    public Adherence withdraw(Actor actor, String compactCode, PartyCode party) {
        actor.requireRoleFor(party, Role.FOCAL_POINT);
        Compact compact = catalogue.find(compactCode);
        Adherence adherence = find(compact, party);
        adherence.notifyWithdrawal(clock.instant(), compact.withdrawalNoticeDays());
        Adherence saved = adherences.save(adherence);
        audit.record(new AuditEvent(actor, party.value(), "adherence.withdrawal-notified", "Adherence",
                key(compactCode, party), party + " withdraws from " + compactCode + ", effective "
                        + saved.withdrawalEffectiveAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()));
        return saved;
    }

    /** The party's focal point confirms that it still adheres to a module whose text was amended. */
    @Transactional
    public Adherence reconfirm(Actor actor, String compactCode, PartyCode party, String moduleCode) {
        actor.requireRoleFor(party, Role.FOCAL_POINT);
        Compact compact = catalogue.find(compactCode);
        Adherence adherence = find(compact, party);
        CompactModule module = catalogue.module(compact, moduleCode);
        adherence.reconfirm(moduleCode, module.currentVersion());
        Adherence saved = adherences.save(adherence);
        audit.record(new AuditEvent(actor, party.value(), "adherence.reconfirmed", "Adherence", key(compactCode, party),
                party + " reconfirmed module " + moduleCode + " at version " + module.currentVersion()));
        return saved;
    }

    /** Ends every withdrawal whose notice has run; called on a schedule. */
    @Transactional
    public int completeDueWithdrawals() {
        Instant now = clock.instant();
        int completed = 0;
        for (Adherence adherence : adherences.findByStatus(AdherenceStatus.WITHDRAWAL_NOTIFIED)) {
            if (adherence.completeWithdrawal(now)) {
                adherences.save(adherence);
                String compactCode = compacts.findById(adherence.compact()).map(Compact::code).orElseThrow();
                audit.record(new AuditEvent(Actor.system(), adherence.party().value(), "adherence.withdrawn",
                        "Adherence", key(compactCode, adherence.party()),
                        "withdrawal of " + adherence.party() + " took effect after its notice period"));
                completed++;
            }
        }
        return completed;
    }

    @Transactional(readOnly = true)
    public Optional<Adherence> of(String compactCode, PartyCode party) {
        Compact compact = catalogue.find(compactCode);
        return adherences.findByCompactAndParty(compact.id(), party.value());
    }

    @Transactional(readOnly = true)
    public List<Adherence> ofCompact(Actor actor, String compactCode) {
        Compact compact = catalogue.get(actor, compactCode).compact();
        return adherences.findByCompactOrderByParty(compact.id());
    }

    @Transactional(readOnly = true)
    public List<Adherence> ofParty(PartyCode party) {
        return adherences.findByParty(party.value());
    }

    /** Checks a declaration against the rules without storing anything (the wizard's first step). */
    @Transactional(readOnly = true)
    public void preview(String compactCode, Declaration declaration) {
        AdherenceRules.check(declaration, offers(catalogue.find(compactCode)));
    }

    /** A phase a party has to meet, with the date it falls due. */
    public record Deadline(String compactCode, String moduleCode, String moduleTitle, String phase,
            java.time.LocalDate dueOn) {
    }

    /** A party's adherence to one compact, with the texts it committed to. */
    public record Commitment(Compact compact, Adherence adherence, List<ModuleText> texts) {
    }

    /** What a party committed to across compacts and what falls due, soonest first; public like the compacts. */
    @Transactional(readOnly = true)
    public List<Commitment> commitmentsOf(Actor actor, PartyCode party) {
        List<Commitment> result = new java.util.ArrayList<>();
        for (Adherence a : adherences.findByParty(party.value())) {
            if (a.status() == AdherenceStatus.WITHDRAWN) {
                continue;
            }
            Compact compact = compacts.findById(a.compact()).orElseThrow();
            if (catalogue.visible(actor).stream().noneMatch(c -> c.id().equals(compact.id()))) {
                continue;
            }
            result.add(new Commitment(compact, a, committedTexts(compact, a)));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public List<Deadline> deadlinesOf(Actor actor, PartyCode party) {
        List<Deadline> deadlines = new java.util.ArrayList<>();
        for (Commitment c : commitmentsOf(actor, party)) {
            for (ModuleText text : c.texts()) {
                String moduleCode = modules.findById(text.compactModule()).orElseThrow().code();
                for (Phase phase : text.phases()) {
                    c.adherence().dueDate(moduleCode, phase).ifPresent(due -> deadlines.add(new Deadline(
                            c.compact().code(), moduleCode, text.title(), phase.name(), due)));
                }
            }
        }
        deadlines.sort(java.util.Comparator.comparing(Deadline::dueOn));
        return deadlines;
    }

    /** The module texts at the versions the party committed to, in module order. */
    @Transactional(readOnly = true)
    public List<ModuleText> committedTexts(Compact compact, Adherence adherence) {
        List<ModuleText> result = new java.util.ArrayList<>();
        for (CompactModule module : modules.findByCompactOrderByPosition(compact.id())) {
            adherence.committed(module.code()).ifPresent(c -> result.add(
                    texts.findByCompactModuleAndNumber(module.id(), c.moduleVersion()).orElseThrow()));
        }
        return result;
    }

    /** One cell of the adherence matrix: whether the party adheres to the module, and how. */
    public record Cell(boolean committed, int version, boolean adapted, boolean reconfirmationDue) {
    }

    /** One row of the matrix: a party, its adherence status, and a cell per module. */
    public record Row(PartyCode party, String partyName, AdherenceStatus status, Map<String, Cell> cells) {
    }

    /** Parties by modules, in module order; visible to whoever may see the compact. */
    public record Matrix(Compact compact, List<String> modules, List<Row> rows) {
    }

    @Transactional(readOnly = true)
    public Matrix matrix(Actor actor, String compactCode) {
        return matrixRows.of(catalogue.readable(actor, compactCode));
    }

    private void enterIntoForceIfReached(Actor actor, Compact compact, Instant now) {
        List<Adherence> all = adherences.findByCompactOrderByParty(compact.id());
        long binding = all.stream().filter(a -> a.status().isBinding()).count();
        if (compact.enterIntoForceIfReached(binding, now)) {
            compacts.save(compact);
            List<String> activated = new java.util.ArrayList<>();
            for (Adherence a : all) {
                if (a.status() == AdherenceStatus.ACCEPTED) {
                    a.activate();
                    adherences.save(a);
                    activated.add(a.party().value());
                }
            }
            audit.record(new AuditEvent(actor, compact.secretariat().value(), "compact.entered-into-force", "Compact",
                    compact.code(), compact.code() + " entered into force with " + binding + " accepted parties"));
            events.publishEvent(new CompactEnteredIntoForce(compact.code(), List.copyOf(activated)));
        }
    }

    private Map<String, AdherenceRules.Offer> offers(Compact compact) {
        Map<String, AdherenceRules.Offer> offers = new LinkedHashMap<>();
        for (CompactModule module : modules.findByCompactOrderByPosition(compact.id())) {
            ModuleText text = texts.findByCompactModuleAndNumber(module.id(), module.currentVersion()).orElseThrow();
            offers.put(module.code(), new AdherenceRules.Offer(module, text));
        }
        return offers;
    }

    private Adherence find(Compact compact, PartyCode party) {
        return adherences.findByCompactAndParty(compact.id(), party.value())
                .orElseThrow(() -> new NotFound("adherence", compact.code() + "/" + party));
    }

    static Declaration declarationOf(Adherence a) {
        return new Declaration(new java.util.LinkedHashSet<>(a.modules().stream().map(CommittedModule::moduleCode).toList()),
                a.adaptations(), a.targets(), a.phaseDates());
    }

    private static String key(String compactCode, PartyCode party) {
        return compactCode + "/" + party;
    }

}
