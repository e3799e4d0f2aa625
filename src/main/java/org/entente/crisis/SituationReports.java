package org.entente.crisis;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface SituationReports extends ListCrudRepository<SituationReport, Long> {

    List<SituationReport> findByCrisisOrderBySubmittedAtDesc(Long crisis);
}
