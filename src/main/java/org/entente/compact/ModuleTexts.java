package org.entente.compact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ModuleTexts extends ListCrudRepository<ModuleText, Long> {

    Optional<ModuleText> findByCompactModuleAndNumber(Long compactModule, int number);

    /** The adopted versions, oldest first; proposals are left out. */
    List<ModuleText> findByCompactModuleAndNumberNotNullOrderByNumber(Long compactModule);

    List<ModuleText> findByCompactModule(Long compactModule);
}
