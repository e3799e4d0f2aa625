package org.entente.crisis;

/** A situation report was filed for a crisis; escalation triggers are evaluated in the same transaction. */
public record SituationReportFiled(long crisis, long report) {
}
