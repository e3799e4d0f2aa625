package org.entente.sharing;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.PartyCode;

/**
 * The decision table. Given who is reading, the record, and the owner's rule for that kind of data, it answers
 * whether the read is allowed and, when it reveals RESTRICTED or CONFIDENTIAL data to another party, to which
 * party it is a disclosure.
 *
 * <table>
 *   <tr><th>level</th><th>anonymous</th><th>member of no relevant party</th><th>owner's member</th>
 *       <th>party on owner's rule</th><th>named recipient</th></tr>
 *   <tr><td>PUBLIC</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>PARTNERS</td><td>no</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>RESTRICTED</td><td>no</td><td>no</td><td>yes</td><td>yes, logged</td><td>no (unless on the rule)</td></tr>
 *   <tr><td>CONFIDENTIAL</td><td>no</td><td>no</td><td>yes</td><td>no (unless named)</td><td>yes, logged</td></tr>
 * </table>
 *
 * A user with no membership at all counts as anonymous beyond PUBLIC. Roles grant no exception: not even an
 * administrator reads another party's RESTRICTED data unless that party's rule names the administrator's party.
 */
public final class SharingPolicy {

    private SharingPolicy() {
    }

    /** The outcome of one decision. */
    public record Decision(boolean allowed, Optional<PartyCode> disclosedTo) {

        static final Decision DENY = new Decision(false, Optional.empty());
        static final Decision ALLOW = new Decision(true, Optional.empty());

        static Decision disclosureTo(PartyCode party) {
            return new Decision(true, Optional.of(party));
        }

        public boolean isDisclosure() {
            return disclosedTo.isPresent();
        }
    }

    public static Decision decide(Actor viewer, Classified record, Set<PartyCode> ruleParties) {
        return decide(viewer, record, () -> ruleParties);
    }

    /** The same decision, asking for the owner's rule only when the answer depends on it. */
    public static Decision decide(Actor viewer, Classified record, Supplier<Set<PartyCode>> ruleParties) {
        Classification level = record.classification();
        if (level == Classification.PUBLIC) {
            return Decision.ALLOW;
        }
        Set<PartyCode> viewerParties = viewer.parties();
        if (!viewer.isAuthenticated() || viewerParties.isEmpty()) {
            return Decision.DENY;
        }
        if (level == Classification.PARTNERS || viewerParties.contains(record.owner())) {
            return Decision.ALLOW;
        }
        Set<PartyCode> admitted = level == Classification.RESTRICTED ? ruleParties.get() : record.recipients();
        return viewerParties.stream().sorted().filter(admitted::contains).findFirst()
                .map(Decision::disclosureTo)
                .orElse(Decision.DENY);
    }
}
