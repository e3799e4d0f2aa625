package org.entente.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The calculator against worked examples of the demo's agreements. */
class TotalisationTests {

    private static final List<Totalisation.Scheme> PENSIONS = List.of(new Totalisation.Scheme("XAR", 180),
            new Totalisation.Scheme("XCO", 240));

    @Test
    void fourYearsInOneAndSixInAnotherWithTotalisationAndExport() {
        // Arvenia and Costrava totalise pensions and pay them abroad: 48 + 72 = 120 months count in both, short of
        // either scheme's minimum (180, 240): no pension yet anywhere, and each says how many months are missing.
        var outcomes = Totalisation.calculate(List.of(new Totalisation.Period("XAR", 48),
                new Totalisation.Period("XCO", 72)), PENSIONS, List.of(new Totalisation.Agreement("XAR", "XCO", true,
                        true)));
        assertThat(outcomes).extracting(Totalisation.Outcome::countedMonths).containsExactly(120, 120);
        assertThat(outcomes).noneMatch(Totalisation.Outcome::qualifies);
        assertThat(outcomes.get(0).steps()).extracting(Totalisation.Step::key)
                .containsExactly("mobility.step.own", "mobility.step.totalised", "mobility.step.short");
        assertThat(outcomes.get(0).steps().get(2).args()).containsExactly(120, 180, 60);
    }

    @Test
    void tenYearsInOneAndTenInAnotherQualifyBothProRata() {
        var outcomes = Totalisation.calculate(List.of(new Totalisation.Period("XAR", 120),
                new Totalisation.Period("XCO", 120)), PENSIONS, List.of(new Totalisation.Agreement("XCO", "XAR", true,
                        true)));
        // 240 months count in each: Arvenia (180 needed) and Costrava (240 needed) both pay half, abroad too.
        assertThat(outcomes).allMatch(Totalisation.Outcome::qualifies).allMatch(Totalisation.Outcome::paidAbroad);
        assertThat(outcomes).extracting(o -> o.share().toPlainString()).containsExactly("0.5000", "0.5000");
    }

    @Test
    void withoutAnAgreementEachCountryCountsOnlyItsOwnMonths() {
        var outcomes = Totalisation.calculate(List.of(new Totalisation.Period("XAR", 200),
                new Totalisation.Period("XCO", 100)), PENSIONS, List.of());
        assertThat(outcomes.get(0).qualifies()).as("Arvenia: 200 of 180").isTrue();
        assertThat(outcomes.get(0).share()).isEqualByComparingTo("1");
        assertThat(outcomes.get(0).paidAbroad()).isFalse();
        assertThat(outcomes.get(1).qualifies()).as("Costrava: 100 of 240").isFalse();
        assertThat(outcomes.get(1).steps()).extracting(Totalisation.Step::key).contains("mobility.step.notTotalised");
    }

    @Test
    void totalisedButNotExportedAsBetweenBelmoraAndDalmeria() {
        var outcomes = Totalisation.calculate(List.of(new Totalisation.Period("XBE", 60),
                new Totalisation.Period("XDA", 150)), List.of(new Totalisation.Scheme("XBE", 120),
                        new Totalisation.Scheme("XDA", 180)), List.of(new Totalisation.Agreement("XBE", "XDA", true,
                                false)));
        // 210 months count in both: Belmora pays 60/210, Dalmeria 150/210, each only to a worker living there.
        assertThat(outcomes).allMatch(Totalisation.Outcome::qualifies).noneMatch(Totalisation.Outcome::paidAbroad);
        assertThat(outcomes.get(0).share()).isEqualByComparingTo("0.2857");
        assertThat(outcomes.get(1).share()).isEqualByComparingTo("0.7143");
    }
}
