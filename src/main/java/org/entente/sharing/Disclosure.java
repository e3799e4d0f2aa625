package org.entente.sharing;

import java.time.Instant;

import org.entente.shared.Classification;
import org.entente.shared.Labelled;

/** One read of an owner's RESTRICTED or CONFIDENTIAL record by a member of another party. */
public record Disclosure(long id, Instant occurredAt, String ownerParty, String recipientParty, String viewer,
        DataKind dataKind, String recordRef, Classification classification, Purpose purpose) {

    /** Why the record was read: shown one by one, listed with others, or exported in a file. */
    @Labelled("disclosure.purpose")
    public enum Purpose { READ, LIST, EXPORT }
}
