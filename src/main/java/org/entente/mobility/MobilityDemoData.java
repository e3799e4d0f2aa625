package org.entente.mobility;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's mobility: qualifications of Arvenia and Belmora (nurses, masons, electricians, carers), how Costrava and
 * Dalmeria recognise them (fully, partly with a bridging course or an exam, by prior learning, or not), the four
 * states' pension, health, work-injury and unemployment schemes, and two portability agreements (Arvenia–Costrava:
 * pensions totalised and paid abroad; Belmora–Dalmeria: pensions totalised, not paid abroad).
 */
@Component
@Profile("demo")
@Order(47)
class MobilityDemoData implements ApplicationRunner {

    private final Mobility mobility;
    private final PartyDirectory parties;
    private final JdbcClient jdbc;

    MobilityDemoData(Mobility mobility, PartyDirectory parties, JdbcClient jdbc) {
        this.mobility = mobility;
        this.parties = parties;
        this.jdbc = jdbc;
    }

    private static Actor focal(String party) {
        return Actor.user("focal." + party.toLowerCase(java.util.Locale.ROOT),
                List.of(new Actor.Membership(new PartyCode(party), Set.of(Role.FOCAL_POINT))));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!parties.exists(new PartyCode("XCO"))
                || jdbc.sql("select count(*) from qualification").query(Long.class).single() > 0) {
            return;
        }
        LocalDate since = LocalDate.now().minusYears(2);
        var nurse = mobility.addQualification(focal("XBE"), new Mobility.NewQualification("BE-NUR-3",
                "Diploma in General Nursing", 5, List.of("3221", "2221")));
        var mason = mobility.addQualification(focal("XAR"), new Mobility.NewQualification("AR-MAS-2",
                "Certificate in Masonry", 3, List.of("7112")));
        var electrician = mobility.addQualification(focal("XAR"), new Mobility.NewQualification("AR-ELE-2",
                "Certificate in Building Electrics", 4, List.of("7411")));
        var carer = mobility.addQualification(focal("XBE"), new Mobility.NewQualification("BE-CARE-1",
                "Certificate in Home-Based Care", 3, List.of("5322")));
        mobility.recognise(focal("XCO"), new Mobility.NewRecognition(nurse.id(), "3221", RecognitionOutcome.PARTIAL,
                Route.AGREEMENT, "A six-week bridging course in clinical practice, then registration",
                "Littoral Agreement on Health Professions, art. 4", since));
        mobility.recognise(focal("XCO"), new Mobility.NewRecognition(nurse.id(), "2221", RecognitionOutcome.NONE,
                Route.AGREEMENT, null, "Nursing professionals need a bachelor's degree (Health Act, art. 12)", since));
        mobility.recognise(focal("XDA"), new Mobility.NewRecognition(nurse.id(), "3221", RecognitionOutcome.PARTIAL,
                Route.AGREEMENT, "A language test in Arabic and supervised practice for three months",
                "Dalmeria Decree 18/2024 on foreign health qualifications", since));
        mobility.recognise(focal("XCO"), new Mobility.NewRecognition(mason.id(), "7112", RecognitionOutcome.FULL,
                Route.AGREEMENT, null, "Compact on Fair Labour Mobility, module on skills, provision 2", since));
        mobility.recognise(focal("XDA"), new Mobility.NewRecognition(mason.id(), "7112", RecognitionOutcome.FULL,
                Route.PRIOR_LEARNING, null, "Recognition of prior learning: a practical test at the trade centre",
                since));
        mobility.recognise(focal("XCO"), new Mobility.NewRecognition(electrician.id(), "7411",
                RecognitionOutcome.PARTIAL, Route.AGREEMENT, "An exam on Costrava's wiring regulations",
                "Electrical Safety Act, art. 30", since));
        mobility.recognise(focal("XDA"), new Mobility.NewRecognition(carer.id(), "5322", RecognitionOutcome.FULL,
                Route.AGREEMENT, null, "Littoral Agreement on Care Work, art. 2", since));
        int[][] months = {{180, 12, 60, 12}, {120, 6, 36, 6}, {240, 12, 60, 12}, {180, 12, 48, 12}};
        String[] states = {"XAR", "XBE", "XCO", "XDA"};
        Benefit[] benefits = Benefit.values();
        for (int s = 0; s < states.length; s++) {
            for (int b = 0; b < benefits.length; b++) {
                mobility.addScheme(focal(states[s]), new Mobility.NewScheme(benefits[b], benefits[b].name().charAt(0)
                        + benefits[b].name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " insurance of " + states[s], months[s][b]));
            }
        }
        mobility.addAgreement(focal("XAR"), new Mobility.NewAgreement("XCO", Benefit.PENSION, true, true,
                "Arvenia–Costrava Social Security Agreement, arts. 10–14", since));
        mobility.addAgreement(focal("XAR"), new Mobility.NewAgreement("XCO", Benefit.WORK_INJURY, false, true,
                "Arvenia–Costrava Social Security Agreement, art. 20", since));
        mobility.addAgreement(focal("XBE"), new Mobility.NewAgreement("XDA", Benefit.PENSION, true, false,
                "Belmora–Dalmeria Agreement on Migrant Workers' Pensions, art. 6", since));
    }
}
