package org.entente.monitoring.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.compact.CompactCatalogue;
import org.entente.compact.Indicator;
import org.entente.shared.Actor;
import org.springframework.stereotype.Component;

/** A compact's title, its modules' titles and its indicators' names, so monitoring pages show names, never codes. */
@Component
class CompactNames {

    record Names(String code, String title, Map<String, String> modules, Map<String, String> indicators,
            List<Indicator> reported, List<Indicator> all, Map<String, String> moduleOf) {

        /** An indicator's name, or a data element's words ("Recruitment cost paid"): never the bare code. */
        public String nameOf(String code) {
            String name = indicators.get(code);
            return name != null ? name : org.entente.monitoring.DataElements.name(code);
        }

        public java.util.Optional<Indicator> indicator(String code) {
            return all.stream().filter(i -> i.code().equals(code)).findFirst();
        }
    }

    private final CompactCatalogue compacts;
    private final org.entente.monitoring.LiveFigures figures;
    private final org.entente.sharing.Sharing sharing;

    CompactNames(CompactCatalogue compacts, org.entente.monitoring.LiveFigures figures,
            org.entente.sharing.Sharing sharing) {
        this.compacts = compacts;
        this.figures = figures;
        this.sharing = sharing;
    }

    /** The names, for a reader who may see the compact (else "not found"); read once and kept a few minutes. */
    Names of(Actor actor, String code) {
        // The compact itself is kept with its names; whether this reader may see it is decided on every read.
        org.entente.compact.Compact compact = figures.of(code, "compact",
                () -> compacts.readable(Actor.system(), code));
        sharing.requireReadable(actor, compact);
        return figures.of(code, "names", () -> read(code));
    }

    private Names read(String code) {
        var view = compacts.get(Actor.system(), code);
        Map<String, String> modules = new HashMap<>();
        Map<String, String> indicators = new HashMap<>();
        List<Indicator> reported = new ArrayList<>();
        List<Indicator> all = new ArrayList<>();
        Map<String, String> moduleOf = new HashMap<>();
        view.modules().forEach(m -> {
            modules.put(m.module().code(), m.text().title());
            m.text().indicators().forEach(i -> {
                all.add(i);
                moduleOf.putIfAbsent(i.code(), m.module().code());
                indicators.put(i.code(), i.name());
                if (i.formula().isEmpty()) {
                    reported.add(i);
                }
            });
        });
        return new Names(code, view.compact().title(), Map.copyOf(modules), Map.copyOf(indicators),
                List.copyOf(reported), List.copyOf(all), Map.copyOf(moduleOf));
    }
}
