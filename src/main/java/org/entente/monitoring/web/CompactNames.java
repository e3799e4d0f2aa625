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
            List<Indicator> reported) {
    }

    private final CompactCatalogue compacts;

    CompactNames(CompactCatalogue compacts) {
        this.compacts = compacts;
    }

    Names of(Actor actor, String code) {
        var view = compacts.get(actor, code);
        Map<String, String> modules = new HashMap<>();
        Map<String, String> indicators = new HashMap<>();
        List<Indicator> reported = new ArrayList<>();
        view.modules().forEach(m -> {
            modules.put(m.module().code(), m.text().title());
            m.text().indicators().forEach(i -> {
                indicators.put(i.code(), i.name());
                if (i.formula().isEmpty()) {
                    reported.add(i);
                }
            });
        });
        return new Names(code, view.compact().title(), modules, indicators, reported);
    }
}
