package org.entente.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Recognition and portability as parties record them and a worker asks. */
@IntegrationTest
class MobilityIntegrationTests {

    @Autowired
    Mobility mobility;
    @Autowired
    Fixtures fixtures;

    @Test
    void aWorkerAsksWhetherAQualificationIsRecognisedForAJobAndGetsTheConditionsAndLegalBasis() {
        Actor origin = fixtures.user(Role.FOCAL_POINT).actor();
        var destination = fixtures.user(Role.FOCAL_POINT);
        var q = mobility.addQualification(origin, new Mobility.NewQualification("N-" + System.nanoTime(),
                "Diploma in Nursing", 5, List.of("3221")));
        String in = destination.party().value();
        assertThat(mobility.ask(q.id(), in, "3221").known()).as("no decision yet").isFalse();
        assertThatThrownBy(() -> mobility.recognise(destination.actor(), new Mobility.NewRecognition(q.id(), "3221",
                RecognitionOutcome.PARTIAL, Route.AGREEMENT, null, "Act", LocalDate.now())))
                .as("partial needs its conditions").isInstanceOf(InvalidInput.class);
        mobility.recognise(destination.actor(), new Mobility.NewRecognition(q.id(), "3221", RecognitionOutcome.PARTIAL,
                Route.AGREEMENT, "A bridging course", "Health Act, art. 4", LocalDate.now()));
        var answer = mobility.ask(q.id(), in, "3221");
        assertThat(answer.outcome()).isEqualTo(RecognitionOutcome.PARTIAL);
        assertThat(answer.conditions()).isEqualTo("A bridging course");
        assertThat(answer.legalBasis()).isEqualTo("Health Act, art. 4");
        assertThatThrownBy(() -> mobility.recognise(origin, new Mobility.NewRecognition(q.id(), "3221",
                RecognitionOutcome.FULL, Route.AGREEMENT, null, "Act", null))).as("its own qualification")
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theCalculatorUsesTheSchemesAndTheAgreementsInForce() {
        var a = fixtures.user(Role.FOCAL_POINT);
        var b = fixtures.user(Role.FOCAL_POINT);
        mobility.addScheme(a.actor(), new Mobility.NewScheme(Benefit.UNEMPLOYMENT, "Unemployment A", 12));
        mobility.addScheme(b.actor(), new Mobility.NewScheme(Benefit.UNEMPLOYMENT, "Unemployment B", 12));
        List<Totalisation.Period> periods = List.of(new Totalisation.Period(a.party().value(), 8),
                new Totalisation.Period(b.party().value(), 6));
        assertThat(mobility.totalise(Benefit.UNEMPLOYMENT, periods)).noneMatch(Totalisation.Outcome::qualifies);
        mobility.addAgreement(b.actor(), new Mobility.NewAgreement(a.party().value(), Benefit.UNEMPLOYMENT, true,
                false, "Agreement, art. 3", LocalDate.now().plusDays(10)));
        assertThat(mobility.totalise(Benefit.UNEMPLOYMENT, periods)).as("not yet in force")
                .noneMatch(Totalisation.Outcome::qualifies);
        mobility.addAgreement(b.actor(), new Mobility.NewAgreement(a.party().value(), Benefit.UNEMPLOYMENT, true,
                false, "Agreement, art. 3", LocalDate.now().minusDays(1)));
        assertThat(mobility.totalise(Benefit.UNEMPLOYMENT, periods)).allMatch(Totalisation.Outcome::qualifies)
                .extracting(Totalisation.Outcome::countedMonths).containsOnly(14);
    }
}
