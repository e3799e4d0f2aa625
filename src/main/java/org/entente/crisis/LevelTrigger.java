package org.entente.crisis;

import java.util.Map;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An entry trigger of an escalation level: a key figure of the consolidated reports reaching a threshold, such as
 * cases at or above 100.
 */
@Table("level_trigger")
public record LevelTrigger(String level, String figure, long threshold) {

    public LevelTrigger {
        if (figure == null || !KeyFigures.HXL.containsKey(figure)) {
            throw InvalidInput.coded("figure", "must be one of " + KeyFigures.HXL.keySet(), "invalid.choose");
        }
        if (threshold < 0) {
            throw InvalidInput.atLeast("threshold", 0);
        }
    }

    /** Whether the totals reach the threshold; an unknown figure never does. */
    boolean firesOn(Map<String, Long> totals) {
        Long value = totals.get(figure);
        return value != null && value >= threshold;
    }

    String describe() {
        return figure + " ≥ " + threshold;
    }
}
