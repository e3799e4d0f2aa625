package org.entente.logistics;

/** A request for assistance was approved by the crisis's decision holders and may now be planned for. */
public record RequestApproved(long request, long crisis) {
}
