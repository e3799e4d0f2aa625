package org.entente.compact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments (MIG-3): the secretariat or an adhering party's focal point proposes a new text for a module; partners
 * comment until the closing date; the secretariat adopts it as the next version, asking adherents to re-confirm
 * when a core protection or an indicator changed, or rejects it with a note. Every version stays readable.
 */
@Service
public class AmendmentDesk {

    private final Amendments amendments;
    private final CompactModules modules;
    private final ModuleTexts texts;
    private final Adherences adherences;
    private final CompactCatalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;

    AmendmentDesk(Amendments amendments, CompactModules modules, ModuleTexts texts, Adherences adherences,
            CompactCatalogue catalogue, AuditTrail audit, Clock clock) {
        this.amendments = amendments;
        this.modules = modules;
        this.texts = texts;
        this.adherences = adherences;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a proposer fills in. */
    public record Proposal(String title, String rationale, LocalDate commentsUntil, ModuleContent content) {
    }

    /** An amendment with its base and proposed texts and what changes between them. */
    public record AmendmentView(Compact compact, Amendment amendment, ModuleText base, ModuleText proposed,
            ModuleDiff diff) {
    }

    @Transactional
    public Amendment propose(Actor actor, String compactCode, String moduleCode, Proposal proposal) {
        Compact compact = catalogue.find(compactCode);
        if (compact.status() == CompactStatus.DRAFT) {
            throw new Conflict("compact " + compactCode + " is a draft; its secretariat edits the text directly");
        }
        if (compact.status() == CompactStatus.TERMINATED) {
            throw new Conflict("compact " + compactCode + " is terminated");
        }
        PartyCode proposer = proposerFor(actor, compact);
        CompactModule module = catalogue.module(compact, moduleCode);
        ModuleText base = texts.findByCompactModuleAndNumber(module.id(), module.currentVersion()).orElseThrow();
        if (proposal.content() == null) {
            throw InvalidInput.required("content");
        }
        Map<String, List<String>> others = new LinkedHashMap<>();
        for (CompactModule m : modules.findByCompactOrderByPosition(compact.id())) {
            if (!m.code().equals(moduleCode)) {
                others.put(m.code(), catalogue.view(compact, m).text().prerequisiteList());
            }
        }
        ModuleText.checkPrerequisites(moduleCode, proposal.content().prerequisites(), others);
        if (ModuleDiff.between(base.content(), proposal.content()).isEmpty()) {
            throw new InvalidInput("content", "the proposal does not change the text of " + moduleCode);
        }
        Instant now = clock.instant();
        ModuleText proposed = texts.save(ModuleText.proposal(module.id(), proposal.content(), now));
        Amendment amendment = amendments.save(Amendment.propose(compact.id(), moduleCode, module.currentVersion(),
                proposer, proposal.title(), proposal.rationale(), proposal.commentsUntil(), proposed.id(),
                LocalDate.now(clock), now));
        audit.record(new AuditEvent(actor, proposer.value(), "amendment.proposed", "Amendment",
                compactCode + "/" + amendment.id(), proposer + " proposed amending " + moduleCode + " v"
                        + module.currentVersion() + "; comments until " + proposal.commentsUntil()));
        return amendment;
    }

    /** Any logged-in member of a party comments, in any language, until the closing date. */
    @Transactional
    public Amendment comment(Actor actor, String compactCode, long id, String text, String language) {
        actor.requireAuthenticated();
        PartyCode party = actor.primaryParty().orElseThrow(() -> new AccessDenied("comments are made for a party"));
        Amendment amendment = find(catalogue.get(actor, compactCode).compact(), id);
        amendment.comment(new AmendmentComment(party.value(), actor.username(),
                language == null || language.isBlank() ? null : language.strip(), text, clock.instant()),
                LocalDate.now(clock));
        Amendment saved = amendments.save(amendment);
        audit.record(new AuditEvent(actor, party.value(), "amendment.commented", "Amendment", compactCode + "/" + id,
                party + " commented on amendment " + id + " of " + compactCode));
        return saved;
    }

    @Transactional
    public Amendment adopt(Actor actor, String compactCode, long id) {
        Compact compact = catalogue.find(compactCode);
        CompactCatalogue.requireSecretariatOf(actor, compact);
        Amendment amendment = find(compact, id);
        CompactModule module = catalogue.module(compact, amendment.moduleCode());
        ModuleText base = texts.findByCompactModuleAndNumber(module.id(), amendment.baseVersion()).orElseThrow();
        ModuleText proposed = texts.findById(amendment.proposedText()).orElseThrow();
        Instant now = clock.instant();
        int next = module.currentVersion() + 1;
        amendment.adopt(next, module.currentVersion(), LocalDate.now(clock), now);
        proposed.adoptAs(next, amendment.id(), now);
        texts.save(proposed);
        module.adoptVersion(next);
        modules.save(module);
        Amendment saved = amendments.save(amendment);
        int asked = 0;
        if (ModuleDiff.between(base.content(), proposed.content()).requiresReconfirmation()) {
            for (Adherence adherence : adherences.findByCompactOrderByParty(compact.id())) {
                if (adherence.askToReconfirm(amendment.moduleCode())) {
                    adherences.save(adherence);
                    asked++;
                }
            }
        }
        audit.record(new AuditEvent(actor, compact.secretariat().value(), "amendment.adopted", "Amendment",
                compactCode + "/" + id, "adopted amendment " + id + ": " + amendment.moduleCode() + " is now v" + next
                        + "; " + asked + " party(ies) asked to re-confirm"));
        return saved;
    }

    @Transactional
    public Amendment reject(Actor actor, String compactCode, long id, String note) {
        Compact compact = catalogue.find(compactCode);
        CompactCatalogue.requireSecretariatOf(actor, compact);
        Amendment amendment = find(compact, id);
        amendment.reject(note, clock.instant());
        Amendment saved = amendments.save(amendment);
        audit.record(new AuditEvent(actor, compact.secretariat().value(), "amendment.rejected", "Amendment",
                compactCode + "/" + id, "rejected amendment " + id + " of " + amendment.moduleCode()));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<Amendment> of(Actor actor, String compactCode) {
        return amendments.findByCompactOrderByIdDesc(catalogue.get(actor, compactCode).compact().id());
    }

    @Transactional(readOnly = true)
    public AmendmentView view(Actor actor, String compactCode, long id) {
        Compact compact = catalogue.get(actor, compactCode).compact();
        Amendment amendment = find(compact, id);
        CompactModule module = catalogue.module(compact, amendment.moduleCode());
        ModuleText base = texts.findByCompactModuleAndNumber(module.id(), amendment.baseVersion()).orElseThrow();
        ModuleText proposed = texts.findById(amendment.proposedText()).orElseThrow();
        return new AmendmentView(compact, amendment, base, proposed, ModuleDiff.between(base.content(), proposed.content()));
    }

    /** The differences between any two adopted versions of a module. */
    @Transactional(readOnly = true)
    public ModuleDiff diff(Actor actor, String compactCode, String moduleCode, int from, int to) {
        ModuleText a = catalogue.text(actor, compactCode, moduleCode, from);
        ModuleText b = catalogue.text(actor, compactCode, moduleCode, to);
        return ModuleDiff.between(a.content(), b.content());
    }

    private Amendment find(Compact compact, long id) {
        return amendments.findByIdAndCompact(id, compact.id())
                .orElseThrow(() -> new NotFound("amendment", compact.code() + "/" + id));
    }

    /** The secretariat proposes for its party; otherwise the focal point of a party that adheres to the compact. */
    private PartyCode proposerFor(Actor actor, Compact compact) {
        actor.requireAuthenticated();
        if (actor.hasRoleFor(compact.secretariat(), Role.SECRETARIAT) || actor.hasRoleFor(compact.secretariat(), Role.ADMIN)) {
            return compact.secretariat();
        }
        return actor.memberships().stream()
                .filter(m -> m.roles().contains(Role.FOCAL_POINT))
                .map(org.entente.shared.Actor.Membership::party)
                .filter(p -> adherences.findByCompactAndParty(compact.id(), p.value())
                        .filter(a -> a.status() != AdherenceStatus.WITHDRAWN).isPresent())
                .findFirst()
                .orElseThrow(() -> new AccessDenied("amendments are proposed by the secretariat or an adhering party's focal point"));
    }
}
