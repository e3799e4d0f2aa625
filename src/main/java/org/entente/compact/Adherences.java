package org.entente.compact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Adherences extends ListCrudRepository<Adherence, Long> {

    Optional<Adherence> findByCompactAndParty(Long compact, String party);

    List<Adherence> findByCompactOrderByParty(Long compact);

    List<Adherence> findByParty(String party);

    List<Adherence> findByStatus(AdherenceStatus status);
}
