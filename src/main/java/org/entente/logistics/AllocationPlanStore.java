package org.entente.logistics;

import java.util.List;
import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** Where allocation plans are kept, with their draws. A plan about to be decided is read locked. */
interface AllocationPlanStore extends ListCrudRepository<AllocationPlan, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<AllocationPlan> findLockedById(Long id);

    List<AllocationPlan> findByCrisisOrderByCreatedAtDescIdDesc(Long crisis);
}
