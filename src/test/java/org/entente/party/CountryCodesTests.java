package org.entente.party;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.junit.jupiter.api.Test;

class CountryCodesTests {

    @Test
    void aStateTakesAnAssignedAlpha3Code() {
        assertThatCode(() -> CountryCodes.check(PartyKind.STATE, new PartyCode("KEN"))).doesNotThrowAnyException();
        assertThatCode(() -> CountryCodes.check(PartyKind.STATE, new PartyCode("PHL"))).doesNotThrowAnyException();
    }

    @Test
    void aFictionalStateTakesAUserAssignedCode() {
        assertThatCode(() -> CountryCodes.check(PartyKind.STATE, new PartyCode("XAR"))).doesNotThrowAnyException();
        assertThatCode(() -> CountryCodes.check(PartyKind.STATE, new PartyCode("QMZ"))).doesNotThrowAnyException();
    }

    @Test
    void rejectsAStateCodeThatIsNoCountry() {
        assertThatThrownBy(() -> CountryCodes.check(PartyKind.STATE, new PartyCode("KENYA")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("code");
        assertThatThrownBy(() -> CountryCodes.check(PartyKind.STATE, new PartyCode("QAB")))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void onlyAStateMayTakeACountryCode() {
        assertThatThrownBy(() -> CountryCodes.check(PartyKind.UNION, new PartyCode("FRA")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("only a state");
        assertThatCode(() -> CountryCodes.check(PartyKind.UNION, new PartyCode("LTUC"))).doesNotThrowAnyException();
    }
}
