package org.entente.grievance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.entente.shared.TooManyAttempts;
import org.entente.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Per-address limits: generous, separate per address, forgotten when their window ends. */
class AddressLimitsTests {

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return request;
    }

    @Test
    void anAddressThatFilesTooOftenWaitsAndOthersDoNot() {
        MutableClock clock = new MutableClock();
        AddressLimits limits = new AddressLimits(clock, 3, 2, 10);
        for (int i = 0; i < 3; i++) {
            limits.take(from("192.0.2.7"), AddressLimits.Kind.FILING);
        }
        assertThatThrownBy(() -> limits.take(from("192.0.2.7"), AddressLimits.Kind.FILING))
                .isInstanceOf(TooManyAttempts.class)
                .satisfies(e -> assertThat(((TooManyAttempts) e).retryAfterSeconds()).isPresent());
        limits.take(from("198.51.100.9"), AddressLimits.Kind.FILING);
        clock.advance(Duration.ofMinutes(61));
        limits.take(from("192.0.2.7"), AddressLimits.Kind.FILING);
    }

    @Test
    void wrongFollowUpsAreCountedOnlyWhenWrong() {
        MutableClock clock = new MutableClock();
        AddressLimits limits = new AddressLimits(clock, 3, 2, 10);
        limits.check(from("192.0.2.8"), AddressLimits.Kind.WRONG_FOLLOW_UP);
        limits.check(from("192.0.2.8"), AddressLimits.Kind.WRONG_FOLLOW_UP);
        limits.check(from("192.0.2.8"), AddressLimits.Kind.WRONG_FOLLOW_UP);
        limits.count(from("192.0.2.8"), AddressLimits.Kind.WRONG_FOLLOW_UP);
        limits.count(from("192.0.2.8"), AddressLimits.Kind.WRONG_FOLLOW_UP);
        assertThatThrownBy(() -> limits.check(from("192.0.2.8"), AddressLimits.Kind.WRONG_FOLLOW_UP))
                .isInstanceOf(TooManyAttempts.class);
        clock.advance(Duration.ofMinutes(16));
        limits.check(from("192.0.2.8"), AddressLimits.Kind.WRONG_FOLLOW_UP);
    }
}
