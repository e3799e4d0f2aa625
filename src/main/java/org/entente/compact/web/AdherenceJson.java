package org.entente.compact.web;

import org.entente.compact.Adaptation;
import org.entente.compact.AdaptationEffect;
import org.entente.compact.Adherence;
import org.entente.compact.AdherenceDesk;
import org.entente.compact.AdherenceStatus;
import org.entente.compact.Compact;
import org.entente.compact.CompactStatus;
import org.entente.compact.Declaration;
import org.entente.compact.IndicatorTarget;
import org.entente.compact.PhaseDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.entente.shared.Actor;
import org.entente.shared.Role;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON and CSV shapes of adherence. */
final class AdherenceJson {

    private AdherenceJson() {
    }

    record AdaptationJson(String moduleCode, String provisionNumber, AdaptationEffect effect, String scope, String text) {
        Adaptation adaptation() {
            return new Adaptation(moduleCode, provisionNumber, effect, scope, text);
        }

        static AdaptationJson of(Adaptation a) {
            return new AdaptationJson(a.moduleCode(), a.provisionNumber(), a.effect(), a.scope(), a.text());
        }
    }

    record TargetJson(String moduleCode, String indicatorCode, Double baseline, Integer baselineYear, Double target,
            LocalDate targetDate) {
        IndicatorTarget indicatorTarget() {
            return new IndicatorTarget(moduleCode, indicatorCode, baseline, baselineYear, target, targetDate);
        }

        static TargetJson of(IndicatorTarget t) {
            return new TargetJson(t.moduleCode(), t.indicatorCode(), t.baseline(), t.baselineYear(), t.target(),
                    t.targetDate());
        }
    }

    record PhaseDateJson(String moduleCode, String phaseName, LocalDate dueOn) {
        PhaseDate phaseDate() {
            return new PhaseDate(moduleCode, phaseName, dueOn);
        }
    }

    record DeclarationRequest(List<String> modules, List<AdaptationJson> adaptations, List<TargetJson> targets,
            List<PhaseDateJson> phaseDates) {
        Declaration declaration() {
            return new Declaration(modules == null ? null : new LinkedHashSet<>(modules),
                    CompactJson.each("adaptations", adaptations, AdaptationJson::adaptation),
                    CompactJson.each("targets", targets, TargetJson::indicatorTarget),
                    CompactJson.each("phaseDates", phaseDates, PhaseDateJson::phaseDate));
        }
    }

    record ReturnRequest(String reasons) {
    }

    record ModuleJson(String code, int version, boolean reconfirmationDue) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AdherenceView(String compact, String party, AdherenceStatus status, Instant declaredAt, Instant decidedAt,
            Instant effectiveAt, Instant withdrawalEffectiveAt, String returnReasons, List<ModuleJson> modules,
            List<AdaptationJson> adaptations, List<TargetJson> targets, List<PhaseDateJson> phaseDates, Long version) {

        /** Return reasons are between the party and the secretariat. */
        static AdherenceView of(String compact, Adherence a, Actor viewer, Compact c) {
            boolean concerned = viewer.isMemberOf(a.party()) || viewer.hasRoleFor(c.secretariat(), Role.SECRETARIAT)
                    || viewer.hasRoleFor(c.secretariat(), Role.ADMIN);
            return new AdherenceView(compact, a.party().value(), a.status(), a.declaredAt(), a.decidedAt(),
                    a.effectiveAt(), a.withdrawalEffectiveAt(), concerned ? a.returnReasons() : null,
                    a.modules().stream().map(m -> new ModuleJson(m.moduleCode(), m.moduleVersion(), m.reconfirmationDue()))
                            .toList(),
                    a.adaptations().stream().map(AdaptationJson::of).toList(),
                    a.targets().stream().map(TargetJson::of).toList(),
                    a.phaseDates().stream().map(d -> new PhaseDateJson(d.moduleCode(), d.phaseName(), d.dueOn())).toList(),
                    a.version());
        }
    }

    record CellJson(boolean committed, Integer version, boolean adapted, boolean reconfirmationDue) {
    }

    record RowJson(String party, String partyName, AdherenceStatus status, Map<String, CellJson> modules) {
    }

    record MatrixJson(String compact, CompactStatus compactStatus, List<String> modules, List<RowJson> parties) {
        static MatrixJson of(AdherenceDesk.Matrix m) {
            return new MatrixJson(m.compact().code(), m.compact().status(), m.modules(), m.rows().stream()
                    .map(r -> new RowJson(r.party().value(), r.partyName(), r.status(), r.cells().entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                                    e -> new CellJson(e.getValue().committed(),
                                            e.getValue().committed() ? e.getValue().version() : null,
                                            e.getValue().adapted(), e.getValue().reconfirmationDue()),
                                    (a, b) -> a, java.util.LinkedHashMap::new))))
                    .toList());
        }
    }

    /**
     * The matrix as CSV in long form, one line per party and module committed to, with an HXL hashtag row under
     * the header so that humanitarian data tools read it without mapping.
     */
    static String csv(AdherenceDesk.Matrix m) {
        StringBuilder out = new StringBuilder();
        out.append("compact,party_code,party_name,adherence_status,module,module_version,adapted,reconfirmation_due\r\n");
        out.append("#meta+compact,#org+code,#org+name,#status+adherence,#meta+module,#meta+version,#meta+adapted,#meta+reconfirm\r\n");
        for (AdherenceDesk.Row row : m.rows()) {
            for (String module : m.modules()) {
                AdherenceDesk.Cell cell = row.cells().get(module);
                if (!cell.committed()) {
                    continue;
                }
                out.append(String.join(",", field(m.compact().code()), field(row.party().value()),
                        field(row.partyName()), row.status().name(), field(module), Integer.toString(cell.version()),
                        Boolean.toString(cell.adapted()), Boolean.toString(cell.reconfirmationDue()))).append("\r\n");
            }
        }
        return out.toString();
    }

    /** RFC 4180 quoting, and a leading apostrophe against formula injection in spreadsheets. */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
