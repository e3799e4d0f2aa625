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
import org.entente.shared.PartyCode;
import org.entente.sharing.Classified;
import org.entente.sharing.DataKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A situation report in one standard structure (after EDXL-SitRep): who reports, for which period, a summary, key
 * figures, needs and gaps by sector, response actions and when the next report is due. It is classified as a whole,
 * and the red lines of its reporting party decide who reads it. Reports are never edited; a correction is a new
 * report.
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

    @PersistenceCreator
    SituationReport() {
    }

    /** The content of a report as the reporting party submits it. */
    public record Content(Instant periodStart, Instant periodEnd, String summary, Classification classification,
            Set<PartyCode> recipients, KeyFigures figures, List<Need> needs, String responseActions,
            Instant nextReportDue) {
        public Content {
            if (periodStart == null || periodEnd == null || periodEnd.isBefore(periodStart)) {
                throw new InvalidInput("periodEnd", "the period needs a start and an end, in that order");
            }
            if (summary == null || summary.isBlank() || summary.length() > 4000) {
                throw new InvalidInput("summary", "is required, at most 4000 characters");
            }
            if (classification == null) {
                throw new InvalidInput("classification", "is required: PUBLIC, PARTNERS, RESTRICTED or CONFIDENTIAL");
            }
            recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
            if (classification == Classification.CONFIDENTIAL && recipients.isEmpty()) {
                throw new InvalidInput("recipients", "a CONFIDENTIAL report names its recipient parties");
            }
            figures = figures == null ? KeyFigures.none() : figures;
            needs = needs == null ? List.of() : List.copyOf(needs);
            if (responseActions != null && responseActions.length() > 4000) {
                throw new InvalidInput("responseActions", "must be at most 4000 characters");
            }
        }
    }

    static SituationReport submit(Long crisis, PartyCode party, Content c, String by, Instant now) {
        SituationReport report = new SituationReport();
        report.crisis = crisis;
        report.reportingParty = party.value();
        report.periodStart = c.periodStart();
        report.periodEnd = c.periodEnd();
        report.summary = c.summary().strip();
        report.classification = c.classification();
        report.recipients = c.recipients().stream().map(p -> new Recipient(p.value())).collect(Collectors.toCollection(HashSet::new));
        report.figures = c.figures();
        report.needs = new ArrayList<>(c.needs());
        report.responseActions = c.responseActions();
        report.nextReportDue = c.nextReportDue();
        report.submittedAt = now;
        report.submittedBy = by;
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
