package org.entente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PastedRowsTests {

    @Test
    void rowsCopiedFromASpreadsheetOrTypedAsCsvAreReadAndABadLineIsNamed() {
        var read = PastedRows.read("indicator\tbreakdown\tvalue\tsource\n"
                + "LAB_INSPECTIONS\t\t118\tInspectorate\n"
                + "LAB_INSPECTIONS\tSECTOR=agriculture\t40\n"
                + "LAB_INSPECTIONS\tSECTOR=construction\tfifty\n"
                + "WAGE_GAP,SEX=F,12.5,Labour force survey,provisional\n", null);
        assertThat(read.rows()).hasSize(3);
        assertThat(read.rows().get(1).disaggregation()).isEqualTo(Map.of("SECTOR", "agriculture"));
        assertThat(read.rows().get(2).value()).isEqualTo(12.5);
        assertThat(read.rows().get(2).comment()).isEqualTo("provisional");
        assertThat(read.lines()).containsExactly(2, 3, 5);
        assertThat(read.problems()).singleElement()
                .satisfies(p -> assertThat(p.problems().get(0).args()).containsExactly(4));
    }
}
