package org.entente.crisis;

/** A situation report was filed for a crisis. Escalation evaluates its triggers once the filing has committed. */
public record SituationReportFiled(long crisis, long report) {
}
