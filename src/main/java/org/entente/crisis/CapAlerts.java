package org.entente.crisis;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CapAlerts extends ListCrudRepository<CapAlert, Long> {

    List<CapAlert> findByCrisisOrderBySentDescIdDesc(Long crisis);

    long countByCrisis(Long crisis);
}
