package org.entente.compact.web;

import org.entente.compact.Direction;
import org.entente.compact.Indicator;
import org.entente.compact.IndicatorUnit;
import org.entente.compact.ModuleCategory;
import org.entente.compact.ModuleContent;
import org.entente.compact.ModuleText;
import org.entente.compact.PeriodType;
import org.entente.compact.Phase;
import org.entente.compact.Provision;
import org.entente.compact.Strength;
import org.entente.compact.Sunset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.entente.shared.InvalidInput;

/** The module designer form as a browser posts it; blank rows are ignored so spare rows cost nothing. */
public class ModuleForm {

    private String code;
    private String title;
    private String purpose;
    private ModuleCategory category = ModuleCategory.LABOUR_PROTECTION;
    private String gcmObjectives;
    private List<String> prerequisites = new ArrayList<>();
    private Sunset.Kind sunsetKind = Sunset.Kind.NONE;
    private LocalDate sunsetDate;
    private Integer sunsetMonths;
    private List<ProvisionRow> provisions = new ArrayList<>();
    private List<IndicatorRow> indicators = new ArrayList<>();
    private List<PhaseRow> phases = new ArrayList<>();
    private String amendmentTitle;
    private String rationale;
    private LocalDate commentsUntil;

    /** A provision row. */
    public static class ProvisionRow {
        private String number;
        private String text;
        private Strength strength = Strength.SHALL;
        private boolean coreProtection;

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public Strength getStrength() { return strength; }
        public void setStrength(Strength strength) { this.strength = strength; }
        public boolean isCoreProtection() { return coreProtection; }
        public void setCoreProtection(boolean coreProtection) { this.coreProtection = coreProtection; }
    }

    /** An indicator row. */
    public static class IndicatorRow {
        private String code;
        private String name;
        private String definition;
        private IndicatorUnit unit = IndicatorUnit.COUNT;
        private Direction direction = Direction.HIGHER_IS_BETTER;
        private PeriodType periodType = PeriodType.YEARLY;
        private String dimensions;
        private String dataSource;
        private String numerator;
        private String denominator;
        private Double factor;
        private Double rangeMin;
        private Double rangeMax;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDefinition() { return definition; }
        public void setDefinition(String definition) { this.definition = definition; }
        public IndicatorUnit getUnit() { return unit; }
        public void setUnit(IndicatorUnit unit) { this.unit = unit; }
        public Direction getDirection() { return direction; }
        public void setDirection(Direction direction) { this.direction = direction; }
        public PeriodType getPeriodType() { return periodType; }
        public void setPeriodType(PeriodType periodType) { this.periodType = periodType; }
        public String getDimensions() { return dimensions; }
        public void setDimensions(String dimensions) { this.dimensions = dimensions; }
        public String getDataSource() { return dataSource; }
        public void setDataSource(String dataSource) { this.dataSource = dataSource; }
        public String getNumerator() { return numerator; }
        public void setNumerator(String numerator) { this.numerator = numerator; }
        public String getDenominator() { return denominator; }
        public void setDenominator(String denominator) { this.denominator = denominator; }
        public Double getFactor() { return factor; }
        public void setFactor(Double factor) { this.factor = factor; }
        public Double getRangeMin() { return rangeMin; }
        public void setRangeMin(Double rangeMin) { this.rangeMin = rangeMin; }
        public Double getRangeMax() { return rangeMax; }
        public void setRangeMax(Double rangeMax) { this.rangeMax = rangeMax; }
    }

    /** A phase row. */
    public static class PhaseRow {
        private String name;
        private Integer dueOffsetDays;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getDueOffsetDays() { return dueOffsetDays; }
        public void setDueOffsetDays(Integer dueOffsetDays) { this.dueOffsetDays = dueOffsetDays; }
    }

    static ModuleForm blank() {
        ModuleForm form = new ModuleForm();
        form.padRows();
        return form;
    }

    static ModuleForm of(String code, ModuleText text) {
        ModuleForm form = new ModuleForm();
        form.code = code;
        form.title = text.title();
        form.purpose = text.purpose();
        form.category = text.category();
        form.gcmObjectives = String.join(" ", text.gcmObjectiveList().stream().map(String::valueOf).toList());
        form.prerequisites = new ArrayList<>(text.prerequisiteList());
        form.sunsetKind = text.sunset().kind();
        form.sunsetDate = text.sunset().date();
        form.sunsetMonths = text.sunset().months();
        for (Provision p : text.provisions()) {
            ProvisionRow row = new ProvisionRow();
            row.number = p.number();
            row.text = p.text();
            row.strength = p.strength();
            row.coreProtection = p.coreProtection();
            form.provisions.add(row);
        }
        for (Indicator i : text.indicators()) {
            IndicatorRow row = new IndicatorRow();
            row.code = i.code();
            row.name = i.name();
            row.definition = i.definition();
            row.unit = i.unit();
            row.direction = i.direction();
            row.periodType = i.periodType();
            row.dimensions = i.dimensions();
            row.dataSource = i.dataSource();
            row.numerator = i.numerator();
            row.denominator = i.denominator();
            row.factor = i.factor();
            row.rangeMin = i.rangeMin();
            row.rangeMax = i.rangeMax();
            form.indicators.add(row);
        }
        for (Phase p : text.phases()) {
            PhaseRow row = new PhaseRow();
            row.name = p.name();
            row.dueOffsetDays = p.dueOffsetDays();
            form.phases.add(row);
        }
        form.padRows();
        return form;
    }

    /** Spare blank rows so that a provision, an indicator or a phase can be added without JavaScript. */
    void padRows() {
        for (int i = 0; i < 3; i++) {
            provisions.add(new ProvisionRow());
        }
        indicators.add(new IndicatorRow());
        phases.add(new PhaseRow());
        phases.add(new PhaseRow());
    }

    ModuleContent content() {
        List<Provision> provisionList = new ArrayList<>();
        for (int i = 0; i < provisions.size(); i++) {
            ProvisionRow r = provisions.get(i);
            if (r == null || blank(r.text) && blank(r.number)) {
                continue;
            }
            try {
                provisionList.add(new Provision(r.number, r.text, r.strength, r.coreProtection));
            } catch (InvalidInput e) {
                throw e.under("provisions[" + i + "]");
            }
        }
        List<Indicator> indicatorList = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow r = indicators.get(i);
            if (r == null || blank(r.code) && blank(r.name)) {
                continue;
            }
            try {
                indicatorList.add(new Indicator(r.code, r.name, r.definition, r.unit, r.direction, r.periodType,
                        r.dimensions, r.dataSource, blank(r.numerator) ? null : r.numerator,
                        blank(r.denominator) ? null : r.denominator, r.factor, r.rangeMin, r.rangeMax));
            } catch (InvalidInput e) {
                throw e.under("indicators[" + i + "]");
            }
        }
        List<Phase> phaseList = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            PhaseRow r = phases.get(i);
            if (r == null || blank(r.name)) {
                continue;
            }
            try {
                phaseList.add(new Phase(r.name, r.dueOffsetDays == null ? -1 : r.dueOffsetDays));
            } catch (InvalidInput e) {
                throw e.under("phases[" + i + "]");
            }
        }
        List<Integer> objectives = new ArrayList<>();
        if (!blank(gcmObjectives)) {
            for (String part : gcmObjectives.split("[,\\s]+")) {
                try {
                    objectives.add(Integer.valueOf(part));
                } catch (NumberFormatException e) {
                    throw new InvalidInput("gcmObjectives", "'" + part + "' is not a number from 1 to 23");
                }
            }
        }
        return new ModuleContent(title, purpose, category, objectives, prerequisites, new Sunset(sunsetKind,
                sunsetDate, sunsetMonths), provisionList, indicatorList, phaseList);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public ModuleCategory getCategory() { return category; }
    public void setCategory(ModuleCategory category) { this.category = category; }
    public String getGcmObjectives() { return gcmObjectives; }
    public void setGcmObjectives(String gcmObjectives) { this.gcmObjectives = gcmObjectives; }
    public List<String> getPrerequisites() { return prerequisites; }
    public void setPrerequisites(List<String> prerequisites) { this.prerequisites = prerequisites == null ? new ArrayList<>() : prerequisites; }
    public Sunset.Kind getSunsetKind() { return sunsetKind; }
    public void setSunsetKind(Sunset.Kind sunsetKind) { this.sunsetKind = sunsetKind; }
    public LocalDate getSunsetDate() { return sunsetDate; }
    public void setSunsetDate(LocalDate sunsetDate) { this.sunsetDate = sunsetDate; }
    public Integer getSunsetMonths() { return sunsetMonths; }
    public void setSunsetMonths(Integer sunsetMonths) { this.sunsetMonths = sunsetMonths; }
    public List<ProvisionRow> getProvisions() { return provisions; }
    public void setProvisions(List<ProvisionRow> provisions) { this.provisions = provisions; }
    public List<IndicatorRow> getIndicators() { return indicators; }
    public void setIndicators(List<IndicatorRow> indicators) { this.indicators = indicators; }
    public List<PhaseRow> getPhases() { return phases; }
    public String getAmendmentTitle() { return amendmentTitle; }
    public void setAmendmentTitle(String amendmentTitle) { this.amendmentTitle = amendmentTitle; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public LocalDate getCommentsUntil() { return commentsUntil; }
    public void setCommentsUntil(LocalDate commentsUntil) { this.commentsUntil = commentsUntil; }
    public void setPhases(List<PhaseRow> phases) { this.phases = phases; }

}
