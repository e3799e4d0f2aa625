package org.entente.compact;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves compacts along with time: modules expire under their sunset clauses and notified withdrawals take effect.
 * Both steps are idempotent; if two nodes collide, optimistic locking lets one win and the other retries next time.
 */
@Component
class CompactSchedule {

    private static final Logger log = LoggerFactory.getLogger(CompactSchedule.class);

    private final CompactCatalogue catalogue;
    private final AdherenceDesk desk;

    CompactSchedule(CompactCatalogue catalogue, AdherenceDesk desk) {
        this.catalogue = catalogue;
        this.desk = desk;
    }

    @Scheduled(fixedDelayString = "${entente.compact.schedule-interval:PT5M}", initialDelayString = "PT30S")
    void run() {
        try {
            int expired = catalogue.expireDueModules();
            int withdrawn = desk.completeDueWithdrawals();
            if (expired + withdrawn > 0) {
                log.info("compact schedule: {} module(s) expired, {} withdrawal(s) took effect", expired, withdrawn);
            }
        } catch (OptimisticLockingFailureException e) {
            log.info("compact schedule: another node changed the same record; will retry");
        }
    }
}
