package org.entente.recruitment;

import org.entente.shared.Labelled;

/** Recruitment fees and related costs, after the ILO's definition: none of them is the worker's to pay. */
@Labelled("recruitment.cost")
public enum CostKind { RECRUITMENT_FEE, VISA, TRAVEL, MEDICAL, TRAINING, DOCUMENTS, ACCOMMODATION_DEPOSIT, OTHER }
