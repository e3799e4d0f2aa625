package org.entente.crisis;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MandatedActions extends ListCrudRepository<MandatedAction, Long> {

    List<MandatedAction> findByCrisisOrderByDueAt(Long crisis);
}
