package org.entente.compact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Compacts extends ListCrudRepository<Compact, Long> {

    Optional<Compact> findByCode(String code);

    boolean existsByCode(String code);

    List<Compact> findAllByOrderByCode();
}
