package org.entente.recruitment;

import org.entente.shared.Labelled;

/**
 * What an inspection checks, after the ILO's general principles for fair recruitment: no fee or cost charged to the
 * worker, a contract in a language the worker reads and not substituted, wages paid in full, identity documents left
 * with the worker, safe work, lawful hours, decent accommodation.
 */
@Labelled("recruitment.standard")
public enum LabourStandard {
    NO_FEES_CHARGED, CONTRACT_IN_WORKERS_LANGUAGE, CONTRACT_NOT_SUBSTITUTED, WAGES_PAID_IN_FULL, DOCUMENTS_NOT_KEPT,
    SAFE_WORK, LAWFUL_HOURS, DECENT_ACCOMMODATION
}
