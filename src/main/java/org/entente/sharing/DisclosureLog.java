package org.entente.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes disclosures after the read that made them has committed, in batches, from one writer thread. A read
 * therefore holds one database connection, never a second one for the log: under load, readers waiting for a
 * second connection while holding the first is how the read path used to stall.
 * <p>
 * A disclosure is queued when the reading transaction commits (a read that rolled back disclosed nothing) and
 * written within {@link #INTERVAL_MILLIS}; reading the log flushes the queue first, and stopping the application
 * drains it. What a crash in that interval loses is written down in docs/decisions/0003-disclosures-after-commit.md.
 */
@Component
class DisclosureLog implements SmartLifecycle {

    static final long INTERVAL_MILLIS = 100;
    private static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(DisclosureLog.class);

    private final Disclosures disclosures;
    private final ConcurrentLinkedDeque<Disclosures.Entry> queue = new ConcurrentLinkedDeque<>();
    private final Object writing = new Object();
    private ScheduledExecutorService writer;

    DisclosureLog(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    /** Queues the disclosures once the current transaction commits, or at once outside a transaction. */
    void record(List<Disclosures.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queue.addAll(entries);
                }
            });
        } else {
            queue.addAll(entries);
        }
    }

    /** Writes everything queued so far; the caller must not hold a connection of its own transaction. */
    void flush() {
        synchronized (writing) {
            List<Disclosures.Entry> batch = new ArrayList<>(BATCH);
            Disclosures.Entry next;
            while (true) {
                while (batch.size() < BATCH && (next = queue.pollFirst()) != null) {
                    batch.add(next);
                }
                if (batch.isEmpty()) {
                    return;
                }
                try {
                    disclosures.append(batch);
                } catch (RuntimeException e) {
                    for (int i = batch.size() - 1; i >= 0; i--) {
                        queue.offerFirst(batch.get(i));
                    }
                    throw e;
                }
                batch.clear();
            }
        }
    }

    int pending() {
        return queue.size();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // Kept in the queue and tried again at the next interval.
            log.warn("disclosures not written yet ({} waiting): {}", queue.size(), e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void start() {
        if (writer == null) {
            writer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "disclosure-log");
                thread.setDaemon(true);
                return thread;
            });
            writer.scheduleWithFixedDelay(this::flushQuietly, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (writer != null) {
            writer.shutdown();
            try {
                writer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writer = null;
            flushQuietly();
        }
    }

    /** Stops after the web server, so that reads still finishing at shutdown are written too. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public synchronized boolean isRunning() {
        return writer != null;
    }
}
