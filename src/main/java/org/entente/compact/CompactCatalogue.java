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
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;
import org.entente.shared.NotFound;
import org.entente.shared.Role;
import org.entente.sharing.Disclosure;
import org.entente.sharing.Sharing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting and reading compacts. The secretariat named on a compact drafts it and its modules; once opened for
 * adherence, the text changes only through amendments. Drafts are read by partners only, open compacts by anyone.
 */
@Service
public class CompactCatalogue {

    private final Compacts compacts;
    private final CompactModules modules;
    private final ModuleTexts texts;
    private final PartyDirectory parties;
    private final Sharing sharing;
    private final AuditTrail audit;
    private final Clock clock;

    CompactCatalogue(Compacts compacts, CompactModules modules, ModuleTexts texts, PartyDirectory parties,
            Sharing sharing, AuditTrail audit, Clock clock) {
        this.compacts = compacts;
        this.modules = modules;
        this.texts = texts;
        this.parties = parties;
        this.sharing = sharing;
        this.audit = audit;
        this.clock = clock;
    }

    /** A module with its current text and when it expires, if its sunset is known. */
    public record ModuleView(CompactModule module, ModuleText text, Optional<Instant> expiresAt) {
        public boolean acceptsAdherence() {
            return !module.isExpired();
        }
    }

    /** A compact with its modules in order. */
    public record CompactView(Compact compact, List<ModuleView> modules) {
        public Optional<ModuleView> module(String code) {
            return modules.stream().filter(m -> m.module().code().equals(code)).findFirst();
        }
    }

    @Transactional(readOnly = true)
    public List<Compact> visible(Actor actor) {
        return sharing.filter(actor, compacts.findAllByOrderByCode(), Disclosure.Purpose.LIST).items();
    }

    @Transactional(readOnly = true)
    public CompactView get(Actor actor, String code) {
        Compact compact = readable(actor, code);
        List<ModuleView> views = modules.findByCompactOrderByPosition(compact.id()).stream()
                .map(m -> view(compact, m)).toList();
        return new CompactView(compact, views);
    }

    @Transactional(readOnly = true)
    public List<ModuleText> versions(Actor actor, String compactCode, String moduleCode) {
        Compact compact = readable(actor, compactCode);
        return texts.findByCompactModuleAndNumberNotNullOrderByNumber(module(compact, moduleCode).id());
    }

    @Transactional(readOnly = true)
    public ModuleText text(Actor actor, String compactCode, String moduleCode, int number) {
        Compact compact = readable(actor, compactCode);
        return texts.findByCompactModuleAndNumber(module(compact, moduleCode).id(), number)
                .orElseThrow(() -> new NotFound("module version", moduleCode + " v" + number));
    }

    @Transactional
    public Compact draft(Actor actor, String code, Compact.Terms terms) {
        requireSecretariat(actor, terms);
        if (compacts.existsByCode(code)) {
            throw new Conflict("a compact with code " + code + " already exists");
        }
        Compact compact = compacts.save(Compact.draft(code, terms, clock.instant()));
        audit.record(AuditEvent.of(actor, "compact.drafted", "Compact", code, "drafted compact " + code
                + " (enters into force with " + terms.entryIntoForceThreshold() + " parties)"));
        return compact;
    }

    @Transactional
    public Compact revise(Actor actor, String code, Compact.Terms terms, Long expectedVersion) {
        Compact compact = find(code);
        requireSecretariatOf(actor, compact);
        requireSecretariat(actor, terms);
        expect(compact.version(), expectedVersion, "compact " + code);
        compact.revise(terms);
        Compact saved = compacts.save(compact);
        audit.record(AuditEvent.of(actor, "compact.revised", "Compact", code, "revised the terms of draft " + code));
        return saved;
    }

    @Transactional
    public ModuleView addModule(Actor actor, String compactCode, String moduleCode, ModuleContent content) {
        Compact compact = find(compactCode);
        requireSecretariatOf(actor, compact);
        compact.requireDraft();
        List<CompactModule> existing = modules.findByCompactOrderByPosition(compact.id());
        if (existing.stream().anyMatch(m -> m.code().equals(moduleCode))) {
            throw new Conflict("compact " + compactCode + " already has a module " + moduleCode);
        }
        ModuleText.checkPrerequisites(moduleCode, content.prerequisites(), prerequisiteMap(existing));
        CompactModule module = modules.save(CompactModule.add(compact.id(), moduleCode, existing.size() + 1));
        ModuleText text = texts.save(ModuleText.first(module.id(), content, clock.instant()));
        audit.record(AuditEvent.of(actor, "compact.module-added", "CompactModule", compactCode + "/" + moduleCode,
                "added module " + moduleCode + " with " + content.provisions().size() + " provisions and "
                        + content.indicators().size() + " indicators"));
        return new ModuleView(module, text, text.sunset().expiresAt(compact.enteredIntoForceAt()));
    }

    @Transactional
    public ModuleView reviseModule(Actor actor, String compactCode, String moduleCode, ModuleContent content) {
        Compact compact = find(compactCode);
        requireSecretariatOf(actor, compact);
        compact.requireDraft();
        List<CompactModule> existing = modules.findByCompactOrderByPosition(compact.id());
        CompactModule module = module(compact, moduleCode);
        Map<String, List<String>> others = prerequisiteMap(existing);
        others.remove(moduleCode);
        ModuleText.checkPrerequisites(moduleCode, content.prerequisites(), others);
        ModuleText text = texts.findByCompactModuleAndNumber(module.id(), 1).orElseThrow();
        text.reviseDraft(content, clock.instant());
        ModuleText saved = texts.save(text);
        audit.record(AuditEvent.of(actor, "compact.module-revised", "CompactModule", compactCode + "/" + moduleCode,
                "revised draft module " + moduleCode));
        return new ModuleView(module, saved, saved.sunset().expiresAt(compact.enteredIntoForceAt()));
    }

    @Transactional
    public void removeModule(Actor actor, String compactCode, String moduleCode) {
        Compact compact = find(compactCode);
        requireSecretariatOf(actor, compact);
        compact.requireDraft();
        CompactModule module = module(compact, moduleCode);
        List<CompactModule> existing = modules.findByCompactOrderByPosition(compact.id());
        for (var entry : prerequisiteMap(existing).entrySet()) {
            if (entry.getValue().contains(moduleCode)) {
                throw new Conflict("module " + entry.getKey() + " requires " + moduleCode + "; change it first");
            }
        }
        texts.deleteAll(texts.findByCompactModule(module.id()));
        modules.delete(module);
        audit.record(AuditEvent.of(actor, "compact.module-removed", "CompactModule", compactCode + "/" + moduleCode,
                "removed draft module " + moduleCode));
    }

    /** Opens the draft for adherence: from now on the compact is public and its text is fixed. */
    @Transactional
    public Compact open(Actor actor, String code) {
        Compact compact = find(code);
        requireSecretariatOf(actor, compact);
        List<CompactModule> list = modules.findByCompactOrderByPosition(compact.id());
        if (list.isEmpty()) {
            throw new InvalidInput("modules", "a compact needs at least one module before it opens");
        }
        for (CompactModule module : list) {
            ModuleText text = texts.findByCompactModuleAndNumber(module.id(), 1).orElseThrow();
            if (text.provisions().isEmpty()) {
                throw new InvalidInput("modules", "module " + module.code() + " has no provisions yet");
            }
        }
        compact.open(clock.instant());
        Compact saved = compacts.save(compact);
        audit.record(AuditEvent.of(actor, "compact.opened", "Compact", code,
                "opened compact " + code + " for adherence with " + list.size() + " modules"));
        return saved;
    }

    /**
     * Expires every module whose sunset has passed, as of the sunset itself; called on a schedule. Idempotent, so
     * nodes running it at the same time do no harm.
     */
    @Transactional
    public int expireDueModules() {
        Instant now = clock.instant();
        int expired = 0;
        for (Compact compact : compacts.findAllByOrderByCode()) {
            if (compact.status() == CompactStatus.DRAFT || compact.status() == CompactStatus.TERMINATED) {
                continue;
            }
            for (CompactModule module : modules.findByCompactOrderByPosition(compact.id())) {
                if (module.isExpired()) {
                    continue;
                }
                Optional<Instant> sunset = view(compact, module).expiresAt();
                if (sunset.isPresent() && !now.isBefore(sunset.get())) {
                    module.expire(sunset.get());
                    modules.save(module);
                    audit.record(new AuditEvent(Actor.system(), compact.secretariat().value(), "compact.module-expired",
                            "CompactModule", compact.code() + "/" + module.code(),
                            "module " + module.code() + " of " + compact.code() + " expired under its sunset clause"));
                    expired++;
                }
            }
        }
        return expired;
    }

    /** The lifecycle decisions of the secretariat after opening. */
    @Labelled("compact.decision")
    public enum Decision { SUSPEND, RESUME, TERMINATE }

    /**
     * Suspends a compact (it accepts no adherence until it resumes), resumes it, or terminates it for good. Only its
     * secretariat decides; each decision is audited.
     */
    @Transactional
    public Compact decide(Actor actor, String code, Decision decision, String reason) {
        Compact compact = find(code);
        requireSecretariatOf(actor, compact);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInput("reason", "give the reason for the decision (at most 500 characters)");
        }
        switch (decision) {
            case SUSPEND -> compact.suspend();
            case RESUME -> compact.resume();
            case TERMINATE -> compact.terminate();
        }
        Compact saved = compacts.save(compact);
        String action = switch (decision) {
            case SUSPEND -> "compact.suspended";
            case RESUME -> "compact.resumed";
            case TERMINATE -> "compact.terminated";
        };
        audit.record(AuditEvent.of(actor, action,
                "Compact", code, code + " is now " + saved.status() + " by decision of the secretariat"));
        return saved;
    }

    Compact find(String code) {
        return compacts.findByCode(code).orElseThrow(() -> new NotFound("compact", code));
    }

    CompactModule module(Compact compact, String moduleCode) {
        return modules.findByCompactAndCode(compact.id(), moduleCode)
                .orElseThrow(() -> new NotFound("module", compact.code() + "/" + moduleCode));
    }

    ModuleView view(Compact compact, CompactModule module) {
        ModuleText text = texts.findByCompactModuleAndNumber(module.id(), module.currentVersion()).orElseThrow();
        return new ModuleView(module, text, text.sunset().expiresAt(compact.enteredIntoForceAt()));
    }

    /** The compact if the reader may see it, and otherwise "not found". */
    public Compact readable(Actor actor, String code) {
        Compact compact = find(code);
        return sharing.requireReadable(actor, compact);
    }

    private Map<String, List<String>> prerequisiteMap(List<CompactModule> existing) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (CompactModule m : existing) {
            map.put(m.code(), texts.findByCompactModuleAndNumber(m.id(), m.currentVersion())
                    .map(ModuleText::prerequisiteList).orElse(List.of()));
        }
        return map;
    }

    private void requireSecretariat(Actor actor, Compact.Terms terms) {
        if (!parties.exists(terms.secretariat())) {
            throw new InvalidInput("secretariat", "no party with code " + terms.secretariat());
        }
        if (!(actor.hasRoleFor(terms.secretariat(), Role.SECRETARIAT) || actor.hasRoleFor(terms.secretariat(), Role.ADMIN))) {
            actor.requireAuthenticated();
            throw new AccessDenied("only the secretariat of " + terms.secretariat() + " drafts its compacts");
        }
    }

    static void requireSecretariatOf(Actor actor, Compact compact) {
        if (!(actor.hasRoleFor(compact.secretariat(), Role.SECRETARIAT)
                || actor.hasRoleFor(compact.secretariat(), Role.ADMIN))) {
            actor.requireAuthenticated();
            throw new AccessDenied("only the secretariat of " + compact.secretariat() + " manages compact " + compact.code());
        }
    }

    private static void expect(Long actual, Long expected, String what) {
        if (expected != null && !expected.equals(actual)) {
            throw new Conflict(what + " was changed since version " + expected + "; reload it and apply your change again");
        }
    }
}
