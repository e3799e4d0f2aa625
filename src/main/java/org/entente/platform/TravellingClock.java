package org.entente.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the demo sets to moments in the past while it writes its history, so that every record carries the time
 * it would have had: the compact opened months ago, the cyclone's reports day by day, shipments that took their transit
 * time. Only the demo configuration has one; in production the clock is the system's and cannot be moved.
 */
public interface TravellingClock {

    void setTo(Instant moment);

    void reset();

    /** Runs a step of the demo's history at that moment, if this clock can travel; else now. */
    static void at(Clock clock, Instant moment, Runnable step) {
        if (!(clock instanceof TravellingClock travelling)) {
            step.run();
            return;
        }
        travelling.setTo(moment);
        try {
            step.run();
        } finally {
            travelling.reset();
        }
    }

    /**
     * The demo's clock: real time, or the moment the demo's history is being written at. Tests use it too, moving it
     * forward to reach deadlines, sunsets and notice periods.
     */
    class Demo extends Clock implements TravellingClock {

        private volatile Duration offset = Duration.ZERO;

        /** Moves the clock forward (or back) from where it is. */
        public void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public void setTo(Instant moment) {
            offset = Duration.between(Instant.now(), moment);
        }

        @Override
        public void reset() {
            offset = Duration.ZERO;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }
    }
}
