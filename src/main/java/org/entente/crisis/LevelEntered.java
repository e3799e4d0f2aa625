package org.entente.crisis;

import java.util.List;

/**
 * A crisis entered a level of its escalation protocol: when the protocol was applied ({@code from} is null), or by
 * decision of the level's holder, up or down. {@code notices} are whom the level notifies on entry (none when the
 * crisis moved down), carried with the event so that a listener acts on the protocol as it stood.
 */
public record LevelEntered(long crisis, String from, String level, List<LevelNotice> notices) {

    public LevelEntered {
        notices = List.copyOf(notices);
    }
}
