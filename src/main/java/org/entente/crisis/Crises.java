package org.entente.crisis;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Crises extends ListCrudRepository<Crisis, Long> {

    List<Crisis> findAllByOrderByStartedAtDesc();

    boolean existsByCode(String code);

    Optional<Crisis> findByCode(String code);
}
