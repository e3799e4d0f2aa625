package org.entente.support;

import org.entente.platform.TravellingClock;

/** A clock tests can move forward to reach deadlines, sunsets and notice periods; {@link #reset()} returns to now. */
public final class MutableClock extends TravellingClock.Demo {
}
