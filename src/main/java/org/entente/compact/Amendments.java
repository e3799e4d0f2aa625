package org.entente.compact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Amendments extends ListCrudRepository<Amendment, Long> {

    List<Amendment> findByCompactOrderByIdDesc(Long compact);

    Optional<Amendment> findByIdAndCompact(Long id, Long compact);
}
