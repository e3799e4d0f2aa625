package org.entente.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of recomputing the chain: valid with the number of entries checked, or the first broken entry and
 * what is wrong with it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean valid, long entries, Long brokenAt, String problem) {

    static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null, null);
    }

    static ChainVerification broken(long entries, long brokenAt, String problem) {
        return new ChainVerification(false, entries, brokenAt, problem);
    }
}
