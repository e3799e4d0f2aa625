package org.entente.crisis;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface TalkingPoints extends ListCrudRepository<TalkingPoint, Long> {

    List<TalkingPoint> findByCrisisOrderByDraftedAtDesc(Long crisis);
}
