package org.entente.crisis;

import java.util.LinkedHashMap;
import java.util.Map;

import org.entente.shared.InvalidInput;

/**
 * The key figures of a situation report, each exported under its HXL hashtag. A figure left empty is unknown, not
 * zero.
 */
public record KeyFigures(Long affected, Long inNeed, Long deaths, Long injured, Long displaced, Long cases,
        Long reached) {

    /** Figure names with their HXL hashtags, in report order. */
    public static final Map<String, String> HXL = new LinkedHashMap<>();

    static {
        HXL.put("affected", "#affected");
        HXL.put("inNeed", "#inneed");
        HXL.put("deaths", "#affected+killed");
        HXL.put("injured", "#affected+injured");
        HXL.put("displaced", "#affected+displaced");
        HXL.put("cases", "#affected+infected");
        HXL.put("reached", "#reached");
    }

    public KeyFigures {
        check("affected", affected);
        check("inNeed", inNeed);
        check("deaths", deaths);
        check("injured", injured);
        check("displaced", displaced);
        check("cases", cases);
        check("reached", reached);
    }

    private static void check(String field, Long value) {
        if (value != null && (value < 0 || value > 10_000_000_000L)) {
            throw new InvalidInput(field, "must be between 0 and ten billion");
        }
    }

    public static KeyFigures none() {
        return new KeyFigures(null, null, null, null, null, null, null);
    }

    /** The figures by name, in report order; unknown figures are null. */
    public Map<String, Long> byName() {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put("affected", affected);
        map.put("inNeed", inNeed);
        map.put("deaths", deaths);
        map.put("injured", injured);
        map.put("displaced", displaced);
        map.put("cases", cases);
        map.put("reached", reached);
        return map;
    }
}
