package org.entente.crisis.web;

import org.entente.crisis.KeyFigures;
import org.entente.crisis.Need;
import org.entente.crisis.Sector;
import org.entente.crisis.SituationReport;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.entente.shared.Classification;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;

/** The situation report form as a browser posts it; times are entered in UTC, needs in spare rows. */
public class SitrepForm {

    private String party;
    private LocalDateTime periodStart;
    private LocalDateTime periodEnd;
    private String summary;
    private Classification classification = Classification.PARTNERS;
    private List<String> recipients = new ArrayList<>();
    private Long affected;
    private Long inNeed;
    private Long deaths;
    private Long injured;
    private Long displaced;
    private Long cases;
    private Long reached;
    private List<NeedRow> needs = new ArrayList<>();
    private String responseActions;
    private LocalDateTime nextReportDue;
    private Classification figuresClassification;
    private Classification needsClassification;
    private Classification actionsClassification;

    /** A need row; a row without a need is ignored. */
    public static class NeedRow {
        private Sector sector;
        private String need;
        private String gap;

        public Sector getSector() { return sector; }
        public void setSector(Sector sector) { this.sector = sector; }
        public String getNeed() { return need; }
        public void setNeed(String need) { this.need = need; }
        public String getGap() { return gap; }
        public void setGap(String gap) { this.gap = gap; }
    }

    static SitrepForm blank(String party, LocalDateTime now) {
        SitrepForm form = new SitrepForm();
        form.party = party;
        form.periodStart = now.minusDays(1).withMinute(0).withSecond(0).withNano(0);
        form.periodEnd = now.withMinute(0).withSecond(0).withNano(0);
        for (int i = 0; i < 3; i++) {
            form.needs.add(new NeedRow());
        }
        return form;
    }

    SituationReport.Content content() {
        List<Need> list = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            NeedRow r = needs.get(i);
            if (r == null || r.need == null || r.need.isBlank()) {
                continue;
            }
            try {
                list.add(new Need(r.sector, r.need, r.gap));
            } catch (InvalidInput e) {
                throw e.under("needs[" + i + "]");
            }
        }
        Set<PartyCode> to = new LinkedHashSet<>();
        recipients.forEach(r -> to.add(PartyCode.of(r)));
        KeyFigures figures;
        try {
            figures = new KeyFigures(affected, inNeed, deaths, injured, displaced, cases, reached);
        } catch (InvalidInput e) {
            throw e.under("figures");
        }
        return new SituationReport.Content(utc(periodStart), utc(periodEnd), summary, classification, to, figures,
                list, responseActions, utc(nextReportDue),
                new SituationReport.Sections(figuresClassification, needsClassification, actionsClassification));
    }

    private static java.time.Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    public String getParty() { return party; }
    public void setParty(String party) { this.party = party; }
    public LocalDateTime getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDateTime periodStart) { this.periodStart = periodStart; }
    public LocalDateTime getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDateTime periodEnd) { this.periodEnd = periodEnd; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Classification getClassification() { return classification; }
    public void setClassification(Classification classification) { this.classification = classification; }
    public List<String> getRecipients() { return recipients; }
    public void setRecipients(List<String> recipients) { this.recipients = recipients == null ? new ArrayList<>() : recipients; }
    public Long getAffected() { return affected; }
    public void setAffected(Long affected) { this.affected = affected; }
    public Long getInNeed() { return inNeed; }
    public void setInNeed(Long inNeed) { this.inNeed = inNeed; }
    public Long getDeaths() { return deaths; }
    public void setDeaths(Long deaths) { this.deaths = deaths; }
    public Long getInjured() { return injured; }
    public void setInjured(Long injured) { this.injured = injured; }
    public Long getDisplaced() { return displaced; }
    public void setDisplaced(Long displaced) { this.displaced = displaced; }
    public Long getCases() { return cases; }
    public void setCases(Long cases) { this.cases = cases; }
    public Long getReached() { return reached; }
    public void setReached(Long reached) { this.reached = reached; }
    public List<NeedRow> getNeeds() { return needs; }
    public void setNeeds(List<NeedRow> needs) { this.needs = needs; }
    public String getResponseActions() { return responseActions; }
    public void setResponseActions(String responseActions) { this.responseActions = responseActions; }
    public LocalDateTime getNextReportDue() { return nextReportDue; }
    public void setNextReportDue(LocalDateTime nextReportDue) { this.nextReportDue = nextReportDue; }
    public Classification getFiguresClassification() { return figuresClassification; }
    public void setFiguresClassification(Classification c) { this.figuresClassification = c; }
    public Classification getNeedsClassification() { return needsClassification; }
    public void setNeedsClassification(Classification c) { this.needsClassification = c; }
    public Classification getActionsClassification() { return actionsClassification; }
    public void setActionsClassification(Classification c) { this.actionsClassification = c; }
}
