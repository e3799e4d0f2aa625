package org.entente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.entente.shared.PartyCode;
import org.junit.jupiter.api.Test;

/** ADX names periods by their start and length, groups values by party and period, and leaves withheld ones out. */
class ValuesAdxTests {

    private static OpenValues.Published value(String indicator, String period, String breakdown, Double amount) {
        return new OpenValues.Published(new Submissions.Value(1, "FLM", new PartyCode("XCO"), "LAB", indicator, period,
                breakdown, amount == null ? 3 : amount, null, null, "u", Instant.EPOCH, false, null, 1,
                ValueStatus.VERIFIED, Instant.EPOCH), amount);
    }

    @Test
    void periodsAreAStartAndADuration() {
        assertThat(ValuesAdx.period("2026Q3")).isEqualTo("2026-07-01/P3M");
        assertThat(ValuesAdx.period("2026")).isEqualTo("2026-01-01/P1Y");
        assertThat(ValuesAdx.period("2026S2")).isEqualTo("2026-07-01/P6M");
        assertThat(ValuesAdx.period("2026-02")).isEqualTo("2026-02-01/P1M");
    }

    @Test
    void valuesAreGroupedByPartyAndPeriodWithTheirBreakdownsAndWithheldOnesLeftOut() {
        String adx = ValuesAdx.of("FLM", List.of(value("LAB_INSPECTIONS", "2026Q3", "", 118.0),
                value("LAB_INSPECTIONS", "2026Q3", "SECTOR=domestic & care", 40.0),
                value("LAB_INSPECTIONS", "2026Q3", "SECTOR=fishing", null)), Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(adx).contains("<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"2026-12-07T10:00:00Z\">")
                .contains("<group orgUnit=\"XCO\" period=\"2026-07-01/P3M\" dataSet=\"FLM\">")
                .contains("<dataValue dataElement=\"LAB_INSPECTIONS\" value=\"118\"/>")
                .contains("<dataValue dataElement=\"LAB_INSPECTIONS\" SECTOR=\"domestic &amp; care\" value=\"40\"/>")
                .doesNotContain("fishing");
        assertThat(adx.split("<group ", -1)).hasSize(2);
    }
}
