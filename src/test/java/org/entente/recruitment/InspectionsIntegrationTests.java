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

/** Inspections as an inspector records them and as the public reads them, small counts withheld. */
@IntegrationTest
class InspectionsIntegrationTests {

    @Autowired
    Inspections inspections;
    @Autowired
    RecruiterRegistry registry;
    @Autowired
    Fixtures fixtures;

    private long recruiter(Actor inspector) {
        var r = registry.register(inspector, new RecruiterRegistry.NewRecruiter("Inspected Agency " + System.nanoTime(),
                RecruiterKind.AGENCY, "XAR", null, null));
        registry.grantLicence(inspector, r.id(), new RecruiterRegistry.LicenceDraft("I-" + System.nanoTime() % 100000000,
                List.of("XAR-XCO"), List.of(Sector.CARE), registry.today().minusYears(1), registry.today().plusYears(1)));
        return r.id();
    }

    private Inspections.Inspection done(Actor inspector, long recruiter, boolean violation) {
        var planned = inspections.plan(inspector, new Inspections.Plan(recruiter, InspectionSite.WORKPLACE, "Site",
                Sector.CARE, "xar-xco", registry.today().minusDays(10)));
        return inspections.record(inspector, planned.id(), new Inspections.Report(registry.today().minusDays(3),
                List.of(new Inspections.Finding(LabourStandard.NO_FEES_CHARGED, !violation, violation
                        ? "Two workers paid 900 dollars" : null),
                        new Inspections.Finding(LabourStandard.SAFE_WORK, true, null)),
                violation ? registry.today().plusDays(60) : null, null));
    }

    @Test
    void anInspectionIsPublicOnceDoneWithItsFindingsAndASanctionMayCiteIt() {
        Actor inspector = fixtures.user(Role.INSPECTOR).actor();
        long recruiter = recruiter(inspector);
        var planned = inspections.plan(inspector, new Inspections.Plan(recruiter, InspectionSite.RECRUITER, null,
                Sector.CARE, null, registry.today().plusDays(7)));
        assertThat(inspections.doneFor(recruiter)).as("planned: not public").isEmpty();
        assertThatThrownBy(() -> inspections.record(fixtures.user(Role.INSPECTOR).actor(), planned.id(),
                new Inspections.Report(registry.today(), List.of(new Inspections.Finding(LabourStandard.SAFE_WORK,
                        true, null)), null, null))).as("another party's inspector").isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> inspections.record(inspector, planned.id(), new Inspections.Report(
                registry.today().plusDays(1), List.of(), null, null))).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.FieldProblem::field)
                        .contains("doneOn", "findings"));
        var recorded = done(inspector, recruiter, true);
        assertThat(recorded.violations()).isEqualTo(1);
        assertThat(inspections.doneFor(recruiter)).singleElement()
                .satisfies(i -> assertThat(i.corridor()).isEqualTo("XAR-XCO"));
        var fine = registry.sanction(inspector, recruiter, new RecruiterRegistry.SanctionDraft(null, SanctionKind.FINE,
                new BigDecimal("3000"), "USD", null, "Recruitment Act, art. 12", "Fees charged.", null, false, null),
                recorded.id());
        assertThat(fine.isFinal()).isTrue();
        assertThatThrownBy(() -> registry.sanction(inspector, recruiter, new RecruiterRegistry.SanctionDraft(null,
                SanctionKind.WARNING, null, null, null, "Act", "Late.", null, false, null), planned.id()))
                .as("a planned inspection cannot be cited").isInstanceOf(InvalidInput.class);
    }

    @Test
    void thePublicFiguresWithholdCountsFrom1To10() {
        Actor inspector = fixtures.user(Role.INSPECTOR).actor();
        String party = inspector.partiesWith(Role.INSPECTOR).get(0);
        long recruiter = recruiter(inspector);
        for (int i = 0; i < 12; i++) {
            done(inspector, recruiter, i < 3);
        }
        Inspections.Breakdown byParty = inspections.statistics().stream().filter(b -> b.dimension().equals("party"))
                .findFirst().orElseThrow();
        int row = byParty.inspections().stream().map(Inspections.Cell::key).toList().indexOf(party);
        assertThat(byParty.inspections().get(row).value()).isEqualTo(12);
        assertThat(byParty.withViolations().get(row).value()).as("3 with a violation: withheld").isNull();
        assertThat(byParty.withViolations().get(row).small()).isTrue();
    }
}
