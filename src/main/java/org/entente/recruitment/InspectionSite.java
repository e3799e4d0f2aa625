package org.entente.recruitment;

import org.entente.shared.Labelled;

/** Where an inspection took place: at the recruiter's office, or at a workplace the recruiter placed workers in. */
@Labelled("recruitment.site")
public enum InspectionSite { RECRUITER, WORKPLACE }
