package org.entente.compact.web;

import org.entente.compact.Adaptation;
import org.entente.compact.AdaptationEffect;
import org.entente.compact.Adherence;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.Declaration;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorTarget;
import org.entente.compact.Phase;
import org.entente.compact.PhaseDate;
import org.entente.compact.Provision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.entente.shared.InvalidInput;

/**
 * The adherence wizard as a browser posts it. Step one picks modules; step two offers one row per provision
 * (an optional adaptation), per indicator (an optional baseline and target) and per phase (an optional own date).
 * Rows left empty are not part of the declaration.
 */
public class DeclarationForm {

    private List<String> modules = new ArrayList<>();
    private List<AdaptationRow> adaptations = new ArrayList<>();
    private List<TargetRow> targets = new ArrayList<>();
    private List<DateRow> dates = new ArrayList<>();

    /** An optional adaptation of one provision. */
    public static class AdaptationRow {
        private String moduleCode;
        private String provisionNumber;
        private boolean core;
        private AdaptationEffect effect;
        private String scope;
        private String text;

        public String getModuleCode() { return moduleCode; }
        public void setModuleCode(String moduleCode) { this.moduleCode = moduleCode; }
        public String getProvisionNumber() { return provisionNumber; }
        public void setProvisionNumber(String provisionNumber) { this.provisionNumber = provisionNumber; }
        public boolean isCore() { return core; }
        public void setCore(boolean core) { this.core = core; }
        public AdaptationEffect getEffect() { return effect; }
        public void setEffect(AdaptationEffect effect) { this.effect = effect; }
        public String getScope() { return scope; }
        public void setScope(String scope) { this.scope = scope; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** An optional baseline and target for one indicator. */
    public static class TargetRow {
        private String moduleCode;
        private String indicatorCode;
        private Double baseline;
        private Integer baselineYear;
        private Double target;
        private LocalDate targetDate;

        public String getModuleCode() { return moduleCode; }
        public void setModuleCode(String moduleCode) { this.moduleCode = moduleCode; }
        public String getIndicatorCode() { return indicatorCode; }
        public void setIndicatorCode(String indicatorCode) { this.indicatorCode = indicatorCode; }
        public Double getBaseline() { return baseline; }
        public void setBaseline(Double baseline) { this.baseline = baseline; }
        public Integer getBaselineYear() { return baselineYear; }
        public void setBaselineYear(Integer baselineYear) { this.baselineYear = baselineYear; }
        public Double getTarget() { return target; }
        public void setTarget(Double target) { this.target = target; }
        public LocalDate getTargetDate() { return targetDate; }
        public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
    }

    /** An optional own date for one phase. */
    public static class DateRow {
        private String moduleCode;
        private String phaseName;
        private LocalDate dueOn;

        public String getModuleCode() { return moduleCode; }
        public void setModuleCode(String moduleCode) { this.moduleCode = moduleCode; }
        public String getPhaseName() { return phaseName; }
        public void setPhaseName(String phaseName) { this.phaseName = phaseName; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    }

    /** Builds the step-two rows for the chosen modules, keeping what an earlier declaration said. */
    void offerRowsFor(CompactCatalogue.CompactView view, Adherence earlier) {
        adaptations = new ArrayList<>();
        targets = new ArrayList<>();
        dates = new ArrayList<>();
        for (String code : modules) {
            var module = view.module(code).orElseThrow(() -> new InvalidInput("modules", "no module " + code));
            for (Provision p : module.text().provisions()) {
                AdaptationRow row = new AdaptationRow();
                row.moduleCode = code;
                row.provisionNumber = p.number();
                row.core = p.coreProtection();
                if (earlier != null) {
                    earlier.adaptations().stream().filter(a -> a.moduleCode().equals(code)
                            && a.provisionNumber().equals(p.number())).findFirst().ifPresent(a -> {
                                row.effect = a.effect();
                                row.scope = a.scope();
                                row.text = a.text();
                            });
                }
                adaptations.add(row);
            }
            for (Indicator i : module.text().indicators()) {
                TargetRow row = new TargetRow();
                row.moduleCode = code;
                row.indicatorCode = i.code();
                if (earlier != null) {
                    earlier.targets().stream().filter(t -> t.moduleCode().equals(code)
                            && t.indicatorCode().equals(i.code())).findFirst().ifPresent(t -> {
                                row.baseline = t.baseline();
                                row.baselineYear = t.baselineYear();
                                row.target = t.target();
                                row.targetDate = t.targetDate();
                            });
                }
                targets.add(row);
            }
            for (Phase p : module.text().phases()) {
                DateRow row = new DateRow();
                row.moduleCode = code;
                row.phaseName = p.name();
                if (earlier != null) {
                    earlier.phaseDates().stream().filter(d -> d.moduleCode().equals(code)
                            && d.phaseName().equals(p.name())).findFirst().ifPresent(d -> row.dueOn = d.dueOn());
                }
                dates.add(row);
            }
        }
    }

    Declaration declaration() {
        List<Adaptation> chosenAdaptations = new ArrayList<>();
        for (int i = 0; i < adaptations.size(); i++) {
            AdaptationRow r = adaptations.get(i);
            if (r.effect == null && (r.text == null || r.text.isBlank())) {
                continue;
            }
            try {
                chosenAdaptations.add(new Adaptation(r.moduleCode, r.provisionNumber, r.effect, r.scope, r.text));
            } catch (InvalidInput e) {
                throw e.under("adaptations[" + i + "]");
            }
        }
        List<IndicatorTarget> chosenTargets = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetRow r = targets.get(i);
            if (r.baseline == null && r.target == null) {
                continue;
            }
            try {
                chosenTargets.add(new IndicatorTarget(r.moduleCode, r.indicatorCode, r.baseline, r.baselineYear,
                        r.target, r.targetDate));
            } catch (InvalidInput e) {
                throw e.under("targets[" + i + "]");
            }
        }
        List<PhaseDate> chosenDates = new ArrayList<>();
        for (DateRow r : dates) {
            if (r.dueOn != null) {
                chosenDates.add(new PhaseDate(r.moduleCode, r.phaseName, r.dueOn));
            }
        }
        return new Declaration(new LinkedHashSet<>(modules), chosenAdaptations, chosenTargets, chosenDates);
    }

    static DeclarationForm of(Adherence adherence) {
        DeclarationForm form = new DeclarationForm();
        if (adherence != null) {
            adherence.modules().forEach(m -> form.modules.add(m.moduleCode()));
        }
        return form;
    }

    public List<String> getModules() { return modules; }
    public void setModules(List<String> modules) { this.modules = modules == null ? new ArrayList<>() : modules; }
    public List<AdaptationRow> getAdaptations() { return adaptations; }
    public void setAdaptations(List<AdaptationRow> adaptations) { this.adaptations = adaptations; }
    public List<TargetRow> getTargets() { return targets; }
    public void setTargets(List<TargetRow> targets) { this.targets = targets; }
    public List<DateRow> getDates() { return dates; }
    public void setDates(List<DateRow> dates) { this.dates = dates; }
}
