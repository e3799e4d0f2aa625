package org.entente.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.junit.jupiter.api.Test;

class EscalationProtocolTests {

    static final EscalationProtocol CYCLONE = EscalationProtocol.define("CYC", "Cyclone", new PartyCode("SLC"),
            List.of(new ProtocolLevel("MONITORING", null), new ProtocolLevel("ALERT", null),
                    new ProtocolLevel("RESPONSE", null), new ProtocolLevel("EMERGENCY", null)),
            List.of(new LevelTrigger("ALERT", "affected", 10_000), new LevelTrigger("RESPONSE", "cases", 100),
                    new LevelTrigger("RESPONSE", "displaced", 50_000), new LevelTrigger("EMERGENCY", "deaths", 100)),
            List.of(new LevelAction("ALERT", "Activate the on-call rotation", Role.FOCAL_POINT, 6)));

    static Map<String, Long> totals(Object... pairs) {
        Map<String, Long> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return map;
    }

    @Test
    void proposesExactlyWhenAFigureReachesItsThreshold() {
        int alert = CYCLONE.rankOf("ALERT");
        assertThat(CYCLONE.proposal(alert, totals("cases", 99, "displaced", 49_999))).isEmpty();
        assertThat(CYCLONE.proposal(alert, totals("cases", 100)))
                .hasValueSatisfying(p -> assertThat(p.getKey().name()).isEqualTo("RESPONSE"));
        assertThat(CYCLONE.proposal(alert, totals("displaced", 50_000)))
                .hasValueSatisfying(p -> assertThat(p.getValue()).extracting(LevelTrigger::figure).containsExactly("displaced"));
    }

    @Test
    void proposesTheGravestLevelCalledForAndNothingAtOrBelowTheCurrentOne() {
        assertThat(CYCLONE.proposal(0, totals("affected", 20_000, "cases", 500, "deaths", 120)))
                .hasValueSatisfying(p -> assertThat(p.getKey().name()).isEqualTo("EMERGENCY"));
        assertThat(CYCLONE.proposal(CYCLONE.rankOf("RESPONSE"), totals("affected", 20_000, "cases", 500))).isEmpty();
        assertThat(CYCLONE.proposal(0, totals())).isEmpty();
    }

    @Test
    void aMandatedActionGoesOverdueTheMomentItsDeadlinePasses() {
        Instant now = Instant.parse("2026-11-23T06:00:00Z");
        MandatedAction action = MandatedAction.mandate(1L, CYCLONE.actionsOf("ALERT").get(0), now);
        assertThat(action.isOverdue(now.plus(Duration.ofHours(6)))).isFalse();
        assertThat(action.isOverdue(now.plus(Duration.ofHours(6)).plusSeconds(1))).isTrue();
        action.complete("someone", now.plus(Duration.ofHours(7)));
        assertThat(action.isOverdue(now.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void aProtocolNamesRealLevelsAndFigures() {
        assertThatThrownBy(() -> new LevelTrigger("ALERT", "rainfall", 10)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> EscalationProtocol.define("X1", "X", new PartyCode("SLC"),
                List.of(new ProtocolLevel("LOW", null), new ProtocolLevel("HIGH", null)),
                List.of(new LevelTrigger("MIDDLE", "cases", 1)), List.of()))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("triggers[0].level"));
    }
}
