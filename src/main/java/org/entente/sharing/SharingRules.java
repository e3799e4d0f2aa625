package org.entente.sharing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface SharingRules extends ListCrudRepository<SharingRule, Long> {

    Optional<SharingRule> findByOwnerPartyAndDataKind(String ownerParty, DataKind dataKind);

    List<SharingRule> findByOwnerParty(String ownerParty);
}
