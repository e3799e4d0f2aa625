package org.entente.recruitment;

import org.entente.shared.Labelled;

/** Who pays a recruitment cost. Under the employer-pays principle it is never the worker. */
@Labelled("recruitment.payer")
public enum Payer { WORKER, EMPLOYER, RECRUITER }
