package org.entente.shared;

/** The caller is known but lacks the role or party scope for this action. */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String reason) {
        super(reason);
    }
}
