package org.entente.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can move forward to reach deadlines, sunsets and notice periods; {@link #reset()} returns to now. */
public final class MutableClock extends Clock implements org.entente.platform.TravellingClock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public void setTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
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

    /** A clock in another zone that keeps this clock's offset from real time at the moment of the call. */
    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
