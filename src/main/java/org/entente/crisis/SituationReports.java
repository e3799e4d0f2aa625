package org.entente.crisis;

import org.springframework.data.repository.ListCrudRepository;

interface SituationReports extends ListCrudRepository<SituationReport, Long> {
}
