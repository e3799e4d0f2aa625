package org.entente.compact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CompactModules extends ListCrudRepository<CompactModule, Long> {

    List<CompactModule> findByCompactOrderByPosition(Long compact);

    Optional<CompactModule> findByCompactAndCode(Long compact, String code);
}
