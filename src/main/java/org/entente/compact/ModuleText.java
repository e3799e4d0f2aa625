package org.entente.compact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.entente.shared.InvalidInput;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a module's text: its purpose, category, Global Compact for Migration objectives, prerequisites,
 * sunset, provisions, indicators and phases. Version 1 is edited freely while the compact is a draft; after that a
 * text never changes. An amendment's proposed text is stored the same way but without a number until it is adopted.
 */
@Table("module_text")
public final class ModuleText {

    @Id
    private Long id;
    private Long compactModule;
    private Integer number;
    private String title;
    private String purpose;
    private ModuleCategory category;
    private String gcmObjectives;
    private String prerequisites;
    @Embedded.Nullable(prefix = "sunset_")
    private Sunset sunset;
    @MappedCollection(idColumn = "module_text", keyColumn = "list_index")
    private List<Provision> provisions = new ArrayList<>();
    @MappedCollection(idColumn = "module_text", keyColumn = "list_index")
    private List<Indicator> indicators = new ArrayList<>();
    @MappedCollection(idColumn = "module_text", keyColumn = "list_index")
    private List<Phase> phases = new ArrayList<>();
    private Instant adoptedAt;
    private Long amendment;

    @PersistenceCreator
    ModuleText() {
    }

    static ModuleText first(Long module, ModuleContent content, Instant now) {
        ModuleText text = new ModuleText();
        text.compactModule = module;
        text.number = 1;
        text.apply(content);
        text.adoptedAt = now;
        return text;
    }

    /** A proposed text: no version number until its amendment is adopted. */
    static ModuleText proposal(Long module, ModuleContent content, Instant now) {
        ModuleText text = new ModuleText();
        text.compactModule = module;
        text.apply(content);
        text.adoptedAt = now;
        return text;
    }

    /** Makes a proposed text the module's next version. */
    void adoptAs(int version, Long amendmentId, Instant now) {
        if (number != null) {
            throw new org.entente.shared.Conflict("version " + number + " is adopted already");
        }
        number = version;
        amendment = amendmentId;
        adoptedAt = now;
    }

    void reviseDraft(ModuleContent content, Instant now) {
        apply(content);
        adoptedAt = now;
    }

    private void apply(ModuleContent c) {
        title = c.title();
        purpose = c.purpose();
        category = c.category();
        gcmObjectives = c.gcmObjectives().stream().map(String::valueOf).collect(Collectors.joining(" "));
        prerequisites = String.join(" ", c.prerequisites());
        sunset = c.sunset();
        provisions = new ArrayList<>(c.provisions());
        indicators = new ArrayList<>(c.indicators());
        phases = new ArrayList<>(c.phases());
    }

    public ModuleContent content() {
        return new ModuleContent(title, purpose, category, gcmObjectiveList(), prerequisiteList(), sunset(),
                provisions, indicators, phases);
    }

    public Long id() {
        return id;
    }

    Long compactModule() {
        return compactModule;
    }

    /** The version number; 0 for a proposal not yet adopted. */
    public int number() {
        return number == null ? 0 : number;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }

    public ModuleCategory category() {
        return category;
    }

    public List<Integer> gcmObjectiveList() {
        return gcmObjectives == null || gcmObjectives.isBlank() ? List.of()
                : Arrays.stream(gcmObjectives.split(" ")).map(Integer::valueOf).toList();
    }

    public List<String> prerequisiteList() {
        return prerequisites == null || prerequisites.isBlank() ? List.of() : Arrays.asList(prerequisites.split(" "));
    }

    public Sunset sunset() {
        return sunset == null ? Sunset.none() : sunset;
    }

    public List<Provision> provisions() {
        return List.copyOf(provisions);
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    /** Phases in the order they fall due. */
    public List<Phase> phases() {
        return phases.stream().sorted((a, b) -> Integer.compare(a.dueOffsetDays(), b.dueOffsetDays())).toList();
    }

    public Optional<Provision> provision(String number) {
        return provisions.stream().filter(p -> p.number().equals(number)).findFirst();
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    public Long amendment() {
        return amendment;
    }

    /** Checks a list of prerequisite codes for unknown modules, self-reference and cycles within the compact. */
    static void checkPrerequisites(String moduleCode, List<String> prerequisites, java.util.Map<String, List<String>> others) {
        for (String p : prerequisites) {
            if (p.equals(moduleCode)) {
                throw new InvalidInput("prerequisites", "a module cannot require itself");
            }
            if (!others.containsKey(p)) {
                throw new InvalidInput("prerequisites", "no module " + p + " in this compact");
            }
        }
        Set<String> seen = new HashSet<>();
        List<String> frontier = new ArrayList<>(prerequisites);
        while (!frontier.isEmpty()) {
            String next = frontier.remove(frontier.size() - 1);
            if (next.equals(moduleCode)) {
                throw new InvalidInput("prerequisites", "the prerequisites would form a cycle through " + moduleCode);
            }
            if (seen.add(next)) {
                frontier.addAll(others.getOrDefault(next, List.of()));
            }
        }
    }

}
