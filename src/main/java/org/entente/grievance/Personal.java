package org.entente.grievance;

/**
 * What identifies the worker or could: kept only sealed under the case's key, shown only to the case's handlers.
 * Every part but the narrative may be left out.
 */
public record Personal(String name, String contact, String passportNumber, String narrative, String employer,
        String recruiter, String where, String when) {

    static final Personal ERASED = new Personal(null, null, null, null, null, null, null, null);
}
