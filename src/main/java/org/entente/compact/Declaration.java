package org.entente.compact;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.entente.shared.InvalidInput;

/** What a focal point declares: the chosen modules, adaptations, targets and its own phase dates. */
public record Declaration(Set<String> modules, List<Adaptation> adaptations, List<IndicatorTarget> targets,
        List<PhaseDate> phaseDates) {

    public Declaration {
        if (modules == null || modules.isEmpty()) {
            throw new InvalidInput("modules", "choose at least one module");
        }
        modules = new LinkedHashSet<>(modules);
        adaptations = adaptations == null ? List.of() : List.copyOf(adaptations);
        targets = targets == null ? List.of() : List.copyOf(targets);
        phaseDates = phaseDates == null ? List.of() : List.copyOf(phaseDates);
    }
}
