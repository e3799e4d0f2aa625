package org.entente.crisis;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface EscalationProtocols extends ListCrudRepository<EscalationProtocol, Long> {

    Optional<EscalationProtocol> findByCode(String code);

    List<EscalationProtocol> findAllByOrderByCode();
}
