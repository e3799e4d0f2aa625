package org.entente.logistics;

import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** Where pledges are kept. A pledge about to change is read locked, so that changes to one pledge queue up. */
interface PledgeStore extends ListCrudRepository<Pledge, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Pledge> findLockedById(Long id);

    List<Pledge> findByCrisisOrderByCreatedAtDescIdDesc(Long crisis);

    /** The open pledges to procure of a crisis that name a warehouse: what plans may draw on. */
    List<Pledge> findByCrisisAndKindAndStatusAndWarehouseIsNotNullOrderById(Long crisis, Pledge.Kind kind,
            Pledge.Status status);
}
