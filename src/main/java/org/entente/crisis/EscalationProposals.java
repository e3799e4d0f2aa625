package org.entente.crisis;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface EscalationProposals extends ListCrudRepository<EscalationProposal, Long> {

    List<EscalationProposal> findByCrisisOrderByProposedAtDesc(Long crisis);
}
