package org.entente.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/** The registry as a worker and an inspector use it: lookup, standing for a journey, sanctions public once final. */
@IntegrationTest
class RecruiterRegistryIntegrationTests {

    @Autowired
    RecruiterRegistry registry;
    @Autowired
    Fixtures fixtures;

    private Actor inspector() {
        return fixtures.user(Role.INSPECTOR).actor();
    }

    private RecruiterRegistry.Recruiter agency(Actor inspector, String name) {
        return registry.register(inspector, new RecruiterRegistry.NewRecruiter(name, RecruiterKind.AGENCY, "XAR",
                "IRIS", null));
    }

    private Licence licence(Actor inspector, long id, String number, String corridor) {
        LocalDate today = registry.today();
        return registry.grantLicence(inspector, id, new RecruiterRegistry.LicenceDraft(number, List.of(corridor),
                List.of(Sector.CONSTRUCTION), today.minusYears(1), today.plusYears(1)));
    }

    @Test
    void aWorkerFindsARecruiterByAPartOfItsNameOrItsLicenceAndSeesItsStandingForTheirJourney() {
        Actor inspector = inspector();
        String unique = "Zephyrine Overseas " + System.nanoTime();
        var agency = agency(inspector, unique);
        String number = "AR-" + System.nanoTime() % 1000000;
        licence(inspector, agency.id(), number, "xar → xco");
        assertThat(registry.search("zephyrine  OVERSEAS", "XAR-XCO")).singleElement().satisfies(f -> {
            assertThat(f.recruiter().name()).isEqualTo(unique);
            assertThat(f.standing()).isEqualTo(Standing.LICENSED);
        });
        assertThat(registry.search(number, "XAR-XDA")).singleElement()
                .satisfies(f -> assertThat(f.standing()).isEqualTo(Standing.NOT_LICENSED));
        assertThatThrownBy(() -> registry.search("x", "Arvenia")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aSanctionIsPublicOnlyOnceFinalAndASuspensionStopsRecruitingForItsDays(Scenario scenario) {
        Actor inspector = inspector();
        var agency = agency(inspector, "Quillon Manpower " + System.nanoTime());
        Licence licence = licence(inspector, agency.id(), "AR-Q" + System.nanoTime() % 1000000, "XAR-XCO");
        LocalDate today = registry.today();
        var suspension = registry.sanction(inspector, agency.id(), new RecruiterRegistry.SanctionDraft(licence.id(),
                SanctionKind.SUSPENSION, null, null, today.plusDays(30), "Recruitment Act, art. 31",
                "Kept workers' passports.", today, true, "Return the passports"));
        assertThat(registry.profile(agency.id()).sanctions()).as("open to appeal: not public yet").isEmpty();
        assertThat(registry.standing(agency.id(), "XAR-XCO", today)).isEqualTo(Standing.LICENSED);
        registry.appeal(inspector, suspension.id(), AppealStatus.APPEALED);
        scenario.stimulate(() -> registry.appeal(inspector, suspension.id(), AppealStatus.UPHELD))
                .andWaitForEventOfType(RecruiterSanctioned.class)
                .matching(e -> e.sanctionId() == suspension.id())
                .toArriveAndVerify(e -> assertThat(e.kind()).isEqualTo(SanctionKind.SUSPENSION));
        assertThat(registry.profile(agency.id()).sanctions()).singleElement()
                .satisfies(s -> assertThat(s.appeal()).isEqualTo(AppealStatus.UPHELD));
        assertThat(registry.standing(agency.id(), "XAR-XCO", today)).isEqualTo(Standing.SUSPENDED);
        assertThat(registry.standing(agency.id(), "XAR-XCO", today.plusDays(31))).isEqualTo(Standing.LICENSED);
        assertThat(registry.standing(agency.id(), "XAR-XCO", today.minusDays(1))).as("before the sanction")
                .isEqualTo(Standing.LICENSED);
    }

    @Test
    void onlyAPartyThatLicensedARecruiterSanctionsItAndAFineNeedsItsAmountAndCurrency() {
        Actor inspector = inspector();
        var agency = agency(inspector, "Marlow Placement " + System.nanoTime());
        licence(inspector, agency.id(), "AR-M" + System.nanoTime() % 1000000, "XAR-XCO");
        Actor stranger = inspector();
        var fine = new RecruiterRegistry.SanctionDraft(null, SanctionKind.FINE, new BigDecimal("5000"), "USD", null,
                "Recruitment Act, art. 12", "Charged fees.", null, false, null);
        assertThatThrownBy(() -> registry.sanction(stranger, agency.id(), fine)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> registry.sanction(inspector, agency.id(), new RecruiterRegistry.SanctionDraft(null,
                SanctionKind.FINE, null, "DOLLARS", null, "Act", "Fees.", null, false, null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.FieldProblem::field)
                        .contains("amount", "currency"));
        assertThat(registry.sanction(inspector, agency.id(), fine).isFinal()).isTrue();
        assertThat(registry.search(agency.name(), null)).singleElement()
                .satisfies(f -> assertThat(f.finalSanctions()).isEqualTo(1));
    }
}
