package org.entente.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.support.CapSchema;
import org.junit.jupiter.api.Test;

/** The CAP XML Entente writes is valid against the OASIS CAP 1.2 schema. */
class CapXmlTests {

    static final Instant NOW = Instant.parse("2026-11-23T08:15:42.123Z");

    static void assertValid(String xml) throws Exception {
        CapSchema.assertValid(xml);
    }

    static AlertInfo info(String language, String headline) {
        return new AlertInfo(language, Cap.Category.MET, "Cyclone", Cap.Urgency.IMMEDIATE, Cap.Severity.SEVERE,
                Cap.Certainty.OBSERVED, headline, "Winds above 180 km/h & storm surge <3 m>",
                "Move inland; follow civil protection.", NOW.plusSeconds(86400), "Puerto Alto coast",
                "10.1,-70.2 10.4,-70.2 10.4,-69.8 10.1,-70.2", "ISO3166-2", "XC-PA");
    }

    static CapAlert alert(Cap.MsgType type, Cap.Status status, String references, List<AlertInfo> infos) {
        return CapAlert.issue(1L, new PartyCode("XCO"), "ENTENTE-CYC-1", "xco@entente.example", status, type,
                Cap.Scope.PUBLIC, "Demo note", references, infos, NOW);
    }

    @Test
    void anAlertInTwoLanguagesIsValidCap12() throws Exception {
        String xml = CapXml.alert(alert(Cap.MsgType.ALERT, Cap.Status.ACTUAL, null,
                List.of(info("en", "Cyclone warning"), info("es", "Alerta de ciclón"))));

        assertValid(xml);
        assertThat(xml).contains("<sent>2026-11-23T08:15:42+00:00</sent>", "<language>es</language>",
                "&amp; storm surge &lt;3 m&gt;");
    }

    @Test
    void updatesCancellationsAndExercisesAreValidToo() throws Exception {
        String references = "xco@entente.example,ENTENTE-CYC-1,2026-11-23T08:15:42+00:00";
        assertValid(CapXml.alert(alert(Cap.MsgType.UPDATE, Cap.Status.EXERCISE, references, List.of(info("en", "Update")))));
        assertValid(CapXml.alert(alert(Cap.MsgType.CANCEL, Cap.Status.ACTUAL, references, List.of(info("en", "All clear")))));
        CapAlert restricted = CapAlert.issue(1L, new PartyCode("XCO"), "ENTENTE-CYC-2", "xco@entente.example",
                Cap.Status.TEST, Cap.MsgType.ALERT, Cap.Scope.RESTRICTED, null, null,
                List.of(new AlertInfo("fr", Cap.Category.HEALTH, "Choléra", Cap.Urgency.EXPECTED, Cap.Severity.MODERATE,
                        Cap.Certainty.LIKELY, "Alerte choléra", null, null, null, "Abris de Santa Lira", null, null, null)),
                NOW);
        assertValid(CapXml.alert(restricted));
    }

    @Test
    void theSchemaCheckRejectsWhatCapForbids() throws Exception {
        String valid = CapXml.alert(alert(Cap.MsgType.ALERT, Cap.Status.ACTUAL, null, List.of(info("en", "Warning"))));
        assertThatThrownBy(() -> assertValid(valid.replace("+00:00</sent>", "Z</sent>")))
                .isInstanceOf(org.xml.sax.SAXException.class);
        assertThatThrownBy(() -> assertValid(valid.replace("<status>Actual</status>", "<status>Live</status>")))
                .isInstanceOf(org.xml.sax.SAXException.class);
    }

    @Test
    void aPolygonMustBeClosedAndMadeOfCoordinates() {
        assertThatCode(() -> AlertInfo.checkPolygon("1,1 1,2 2,2 1,1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AlertInfo.checkPolygon("1,1 1,2 2,2 3,3")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> AlertInfo.checkPolygon("1,1 1,2 1,1")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> AlertInfo.checkPolygon("1,1 95,2 2,2 1,1")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> AlertInfo.checkPolygon("1,1 a,b 2,2 1,1")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void oneInfoBlockPerLanguage() {
        assertThatThrownBy(() -> alert(Cap.MsgType.ALERT, Cap.Status.ACTUAL, null,
                List.of(info("en", "One"), info("en", "Two")))).isInstanceOf(InvalidInput.class);
    }
}
