package org.entente.liaison;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface LiaisonUnits extends ListCrudRepository<LiaisonUnit, Long> {

    List<LiaisonUnit> findAllByOrderByParty();

    List<LiaisonUnit> findByParty(String party);
}
