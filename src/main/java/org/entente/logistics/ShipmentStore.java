package org.entente.logistics;

import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** Where shipments are kept, with their items, events and legs. A shipment about to change is read locked. */
interface ShipmentStore extends ListCrudRepository<Shipment, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Shipment> findLockedById(Long id);

    List<Shipment> findByCrisisOrderByCreatedAtDescIdDesc(Long crisis);
}
