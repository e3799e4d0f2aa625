package org.entente.compact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.entente.shared.Labelled;

/**
 * What changed between two texts of a module, line by line for a side-by-side view: provisions matched by number,
 * indicators by code, plus the title, purpose, sunset and phases. It also answers whether adherents must re-confirm.
 */
public record ModuleDiff(List<Line> provisions, List<Line> indicators, List<Line> other) {

    /** How a line changed. */
    @Labelled("diff.change")
    public enum Change { ADDED, REMOVED, CHANGED, SAME }

    /** One line of the side-by-side view; {@code before} or {@code after} is empty for an addition or removal. */
    public record Line(String key, String before, String after, Change change, boolean core) {
    }

    public static ModuleDiff between(ModuleContent before, ModuleContent after) {
        Map<String, Provision> oldProvisions = new LinkedHashMap<>();
        before.provisions().forEach(p -> oldProvisions.put(p.number(), p));
        Map<String, Provision> newProvisions = new LinkedHashMap<>();
        after.provisions().forEach(p -> newProvisions.put(p.number(), p));
        List<Line> provisions = new ArrayList<>();
        for (String number : union(oldProvisions.keySet(), newProvisions.keySet())) {
            Provision a = oldProvisions.get(number);
            Provision b = newProvisions.get(number);
            provisions.add(new Line(number, a == null ? "" : describe(a), b == null ? "" : describe(b), change(a, b),
                    (a != null && a.coreProtection()) || (b != null && b.coreProtection())));
        }
        Map<String, Indicator> oldIndicators = new LinkedHashMap<>();
        before.indicators().forEach(i -> oldIndicators.put(i.code(), i));
        Map<String, Indicator> newIndicators = new LinkedHashMap<>();
        after.indicators().forEach(i -> newIndicators.put(i.code(), i));
        List<Line> indicators = new ArrayList<>();
        for (String code : union(oldIndicators.keySet(), newIndicators.keySet())) {
            Indicator a = oldIndicators.get(code);
            Indicator b = newIndicators.get(code);
            indicators.add(new Line(code, a == null ? "" : describe(a), b == null ? "" : describe(b), change(a, b), false));
        }
        List<Line> other = new ArrayList<>();
        other.add(line("title", before.title(), after.title()));
        other.add(line("purpose", Objects.toString(before.purpose(), ""), Objects.toString(after.purpose(), "")));
        other.add(line("sunset", describe(before.sunset()), describe(after.sunset())));
        other.add(line("phases", describe(before.phases()), describe(after.phases())));
        other.add(line("prerequisites", String.join(", ", before.prerequisites()), String.join(", ", after.prerequisites())));
        return new ModuleDiff(provisions, indicators, other);
    }

    /**
     * Whether adherents must re-confirm: a core protection was added, removed or changed, or an indicator changed
     * (its definition, unit, direction, formula…), since both change what a party is held to.
     */
    public boolean requiresReconfirmation() {
        return provisions.stream().anyMatch(l -> l.core() && l.change() != Change.SAME)
                || indicators.stream().anyMatch(l -> l.change() != Change.SAME);
    }

    public boolean isEmpty() {
        return provisions.stream().allMatch(l -> l.change() == Change.SAME)
                && indicators.stream().allMatch(l -> l.change() == Change.SAME)
                && other.stream().allMatch(l -> l.change() == Change.SAME);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Change change(Object before, Object after) {
        if (before == null) {
            return Change.ADDED;
        }
        if (after == null) {
            return Change.REMOVED;
        }
        return before.equals(after) ? Change.SAME : Change.CHANGED;
    }

    private static Line line(String key, String before, String after) {
        return new Line(key, before, after, before.equals(after) ? Change.SAME : Change.CHANGED, false);
    }

    private static String describe(Provision p) {
        return p.strength() + (p.coreProtection() ? " [core] " : " ") + p.text();
    }

    private static String describe(Indicator i) {
        return i.name() + " — " + i.unit() + ", " + i.direction() + ", " + i.periodType()
                + (i.dimensions().isEmpty() ? "" : ", by " + i.dimensions())
                + i.formula().map(f -> ", " + f).orElse("")
                + (i.rangeMin() != null ? ", range " + i.rangeMin() + "–" + i.rangeMax() : "");
    }

    private static String describe(Sunset s) {
        return switch (s.kind()) {
            case NONE -> "none";
            case ON_DATE -> "on " + s.date();
            case AFTER_ENTRY_INTO_FORCE -> s.months() + " months after entry into force";
        };
    }

    private static String describe(List<Phase> phases) {
        return String.join("; ", phases.stream().map(p -> p.name() + " (+" + p.dueOffsetDays() + " d)").toList());
    }
}
