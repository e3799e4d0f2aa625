package org.entente.logistics;

/** An allocation plan was approved: its stock is reserved and its shipments are planned. */
public record PlanApproved(long plan, long crisis) {
}
