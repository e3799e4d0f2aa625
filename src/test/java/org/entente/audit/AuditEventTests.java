package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.shared.Actor;
import org.junit.jupiter.api.Test;

class AuditEventTests {

    @Test
    void refusesASummaryCarryingAnEmailAddress() {
        assertThatThrownBy(() -> AuditEvent.of(Actor.system(), "party.revised", "Party", "XAR",
                "contact changed to jane.doe@example.org")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASummaryCarryingAPhoneNumber() {
        assertThatThrownBy(() -> AuditEvent.of(Actor.system(), "party.revised", "Party", "XAR",
                "call +254 700 123 456")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEvent.of(Actor.system(), "party.revised", "Party", "XAR",
                "call 0700123456")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsIdentifiersDatesAndFigures() {
        assertThatCode(() -> AuditEvent.of(Actor.system(), "token.issued", "AccessToken", 12,
                "issued token #12 expiring 2027-02-21; 3 focal point(s); period 2026Q3")).doesNotThrowAnyException();
    }

    @Test
    void refusesAnEmptyAction() {
        assertThatThrownBy(() -> AuditEvent.of(Actor.system(), " ", "Party", "XAR", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
