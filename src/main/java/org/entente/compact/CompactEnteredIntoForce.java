package org.entente.compact;

import java.util.List;

/** A compact reached its threshold and entered into force; the parties whose adherence became active with it. */
public record CompactEnteredIntoForce(String compact, List<String> parties) {
}
