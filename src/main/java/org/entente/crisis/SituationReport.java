package org.entente.crisis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.entente.shared.Classification;
import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;
import org.entente.shared.PartyCode;
import org.entente.sharing.Classified;
import org.entente.sharing.DataKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A situation report in one standard structure (after EDXL-SitRep): who reports, for which period, a summary, key
 * figures, needs and gaps by sector, response actions and when the next report is due. The report and its summary
 * carry one classification; the figures, the needs and the response actions each carry their own, never wider than
 * the report's. The red lines of the reporting party decide who reads the report and each of its sections. Reports
 * are never edited; a correction is a new report. A copy read with sections withheld leaves them empty and names
 * them in {@link #withheldSections()}.
 */
@Table("sitrep")
public final class SituationReport implements Classified {

    @Id
    private Long id;
    private Long crisis;
    private String reportingParty;
    private Instant periodStart;
    private Instant periodEnd;
    private String summary;
    private Classification classification;
    private Classification figuresClassification;
    private Classification needsClassification;
    private Classification actionsClassification;
    @MappedCollection(idColumn = "sitrep")
    private Set<Recipient> recipients = new HashSet<>();
    @Embedded.Nullable
    private KeyFigures figures;
    @MappedCollection(idColumn = "sitrep", keyColumn = "list_index")
    private List<Need> needs = new ArrayList<>();
    private String responseActions;
    private Instant nextReportDue;
    private Instant submittedAt;
    private String submittedBy;
    @Transient
    private Set<Section> withheldSections = Set.of();

    /** The parts of a report that carry their own classification. */
    @Labelled("sitrep.section")
    public enum Section {
        FIGURES("figures"), NEEDS("needs"), ACTIONS("responseActions");

        private final String field;

        Section(String field) {
            this.field = field;
        }

        /** The name of the section's field in the JSON API and its anchor in disclosure references. */
        public String field() {
            return field;
        }
    }

    /** The classification of each section; a section left out is classified as the report. */
    public record Sections(Classification figures, Classification needs, Classification actions) {

        public static Sections asReport() {
            return new Sections(null, null, null);
        }

        Classification of(Section section, Classification report) {
            Classification own = switch (section) {
                case FIGURES -> figures;
                case NEEDS -> needs;
                case ACTIONS -> actions;
            };
            return own == null ? report : own;
        }
    }

    @PersistenceCreator
    SituationReport() {
    }

    /** The content of a report as the reporting party submits it. */
    public record Content(Instant periodStart, Instant periodEnd, String summary, Classification classification,
            Set<PartyCode> recipients, KeyFigures figures, List<Need> needs, String responseActions,
            Instant nextReportDue, Sections sections) {

        /** A report classified as a whole. */
        public Content(Instant periodStart, Instant periodEnd, String summary, Classification classification,
                Set<PartyCode> recipients, KeyFigures figures, List<Need> needs, String responseActions,
                Instant nextReportDue) {
            this(periodStart, periodEnd, summary, classification, recipients, figures, needs, responseActions,
                    nextReportDue, Sections.asReport());
        }

        public Content {
            if (periodStart == null || periodEnd == null || periodEnd.isBefore(periodStart)) {
                throw InvalidInput.coded("periodEnd", "the period needs a start and an end, in that order",
                        "sitrep.invalid.period");
            }
            if (nextReportDue != null && !nextReportDue.isAfter(periodEnd)) {
                throw InvalidInput.coded("nextReportDue", "the next report falls due after this report's period ends",
                        "sitrep.invalid.nextDue");
            }
            if (summary == null || summary.isBlank() || summary.length() > 4000) {
                throw InvalidInput.requiredAtMost("summary", 4000);
            }
            if (classification == null) {
                throw InvalidInput.coded("classification", "is required: PUBLIC, PARTNERS, RESTRICTED or CONFIDENTIAL",
                        "invalid.choose");
            }
            recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
            if (classification == Classification.CONFIDENTIAL && recipients.isEmpty()) {
                throw InvalidInput.coded("recipients", "a CONFIDENTIAL report names its recipient parties",
                        "sitrep.invalid.recipients");
            }
            sections = sections == null ? Sections.asReport() : sections;
            for (Section section : Section.values()) {
                Classification own = sections.of(section, classification);
                if (classification.isNarrowerThan(own)) {
                    throw InvalidInput.coded("sections." + section.field(), "must not be wider than the report's "
                            + "classification " + classification + ": a section is read only with its report",
                            "sitrep.invalid.wider");
                }
                if (own == Classification.CONFIDENTIAL && recipients.isEmpty()) {
                    throw InvalidInput.coded("recipients", "a CONFIDENTIAL section names its recipient parties",
                            "sitrep.invalid.recipients");
                }
            }
            figures = figures == null ? KeyFigures.none() : figures;
            needs = needs == null ? List.of() : List.copyOf(needs);
            if (responseActions != null && responseActions.length() > 4000) {
                throw InvalidInput.tooLong("responseActions", 4000);
            }
        }
    }

    static SituationReport submit(Long crisis, PartyCode party, Content c, String by, Instant now) {
        // A report tells what has happened: its period ends by the time it is filed (a day's grace for time zones).
        if (c.periodEnd().isAfter(now.plus(java.time.Duration.ofDays(1)))) {
            throw InvalidInput.coded("periodEnd", "the period must not end later than tomorrow", "sitrep.invalid.future");
        }
        SituationReport report = new SituationReport();
        report.crisis = crisis;
        report.reportingParty = party.value();
        report.periodStart = c.periodStart();
        report.periodEnd = c.periodEnd();
        report.summary = c.summary().strip();
        report.classification = c.classification();
        report.figuresClassification = c.sections().of(Section.FIGURES, c.classification());
        report.needsClassification = c.sections().of(Section.NEEDS, c.classification());
        report.actionsClassification = c.sections().of(Section.ACTIONS, c.classification());
        report.recipients = c.recipients().stream().map(p -> new Recipient(p.value())).collect(Collectors.toCollection(HashSet::new));
        report.figures = c.figures();
        report.needs = new ArrayList<>(c.needs());
        report.responseActions = c.responseActions();
        report.nextReportDue = c.nextReportDue();
        report.submittedAt = now;
        report.submittedBy = by;
        return report;
    }

    /** A report as stored, for a read that loads a crisis's reports at once ({@link SituationReportRows}). */
    static SituationReport restore(Long id, Long crisis, String reportingParty, Instant periodStart, Instant periodEnd,
            String summary, Classification[] classifications, Set<String> recipients, KeyFigures figures,
            List<Need> needs, String responseActions, Instant nextReportDue, Instant submittedAt, String submittedBy) {
        SituationReport report = new SituationReport();
        report.id = id;
        report.crisis = crisis;
        report.reportingParty = reportingParty;
        report.periodStart = periodStart;
        report.periodEnd = periodEnd;
        report.summary = summary;
        report.classification = classifications[0];
        report.figuresClassification = classifications[1];
        report.needsClassification = classifications[2];
        report.actionsClassification = classifications[3];
        report.recipients = recipients.stream().map(Recipient::new).collect(Collectors.toCollection(HashSet::new));
        report.figures = figures;
        report.needs = new ArrayList<>(needs);
        report.responseActions = responseActions;
        report.nextReportDue = nextReportDue;
        report.submittedAt = submittedAt;
        report.submittedBy = submittedBy;
        return report;
    }

    public Long id() { return id; }
    Long crisis() { return crisis; }
    public PartyCode reportingParty() { return new PartyCode(reportingParty); }
    public Instant periodStart() { return periodStart; }
    public Instant periodEnd() { return periodEnd; }
    public String summary() { return summary; }
    public KeyFigures figures() { return figures == null ? KeyFigures.none() : figures; }
    public List<Need> needs() { return List.copyOf(needs); }
    public String responseActions() { return responseActions; }
    public Instant nextReportDue() { return nextReportDue; }
    public Instant submittedAt() { return submittedAt; }
    public String submittedBy() { return submittedBy; }

    /** The sections this copy leaves out because the reader may not see them; empty on a report read whole. */
    public Set<Section> withheldSections() { return withheldSections; }

    public boolean withholds(Section section) { return withheldSections.contains(section); }

    /** For templates: whether the named section ({@code FIGURES}, {@code NEEDS}, {@code ACTIONS}) is withheld. */
    public boolean withholds(String section) { return withholds(Section.valueOf(section)); }

    /** For templates: the classification of the named section. */
    public Classification classificationOf(String section) { return classificationOf(Section.valueOf(section)); }

    public Classification classificationOf(Section section) {
        Classification own = switch (section) {
            case FIGURES -> figuresClassification;
            case NEEDS -> needsClassification;
            case ACTIONS -> actionsClassification;
        };
        return own == null ? classification : own;
    }

    /** The sections classified more narrowly than the report, each a record the red lines decide on by itself. */
    List<Part> narrowerParts() {
        return java.util.Arrays.stream(Section.values())
                .filter(s -> classificationOf(s).isNarrowerThan(classification))
                .map(s -> new Part(this, s)).toList();
    }

    /** A copy for a reader who may not see the given sections: they are left empty and named. Never saved. */
    SituationReport without(Set<Section> hidden) {
        if (hidden.isEmpty()) {
            return this;
        }
        SituationReport copy = new SituationReport();
        copy.id = id;
        copy.crisis = crisis;
        copy.reportingParty = reportingParty;
        copy.periodStart = periodStart;
        copy.periodEnd = periodEnd;
        copy.summary = summary;
        copy.classification = classification;
        copy.figuresClassification = figuresClassification;
        copy.needsClassification = needsClassification;
        copy.actionsClassification = actionsClassification;
        copy.recipients = recipients;
        copy.figures = hidden.contains(Section.FIGURES) ? KeyFigures.none() : figures;
        copy.needs = hidden.contains(Section.NEEDS) ? List.of() : needs;
        copy.responseActions = hidden.contains(Section.ACTIONS) ? null : responseActions;
        copy.nextReportDue = nextReportDue;
        copy.submittedAt = submittedAt;
        copy.submittedBy = submittedBy;
        copy.withheldSections = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(hidden));
        return copy;
    }

    /** One section of a report as the red lines see it: the report's owner and recipients, its own classification. */
    record Part(SituationReport report, Section section) implements Classified {

        @Override
        public PartyCode owner() {
            return report.owner();
        }

        @Override
        public Classification classification() {
            return report.classificationOf(section);
        }

        @Override
        public DataKind dataKind() {
            return DataKind.SITUATION_REPORT;
        }

        @Override
        public Set<PartyCode> recipients() {
            return report.recipients();
        }

        @Override
        public String reference() {
            return report.reference() + "#" + section.field();
        }
    }

    @Override
    public PartyCode owner() {
        return reportingParty();
    }

    @Override
    public Classification classification() {
        return classification;
    }

    @Override
    public DataKind dataKind() {
        return DataKind.SITUATION_REPORT;
    }

    @Override
    public Set<PartyCode> recipients() {
        return recipients.stream().map(r -> new PartyCode(r.partyCode())).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public String reference() {
        return "sitrep/" + id;
    }
}
