package org.entente.sharing;

import java.util.Set;

import org.entente.shared.Classification;
import org.entente.shared.PartyCode;

/** What the sharing decision needs to know about a record; every classified record of every module offers it. */
public interface Classified {

    PartyCode owner();

    Classification classification();

    DataKind dataKind();

    /** The parties named on a CONFIDENTIAL record; ignored at other levels. */
    Set<PartyCode> recipients();

    /** A stable reference for the disclosure log, such as {@code sitrep/42}. */
    String reference();
}
