package org.entente.party;

import java.time.LocalDate;
import java.util.List;

import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo corridor: four fictional states of the Southern Littoral (user-assigned ISO codes X..), their regional
 * body, and the social partners and civil society around a labour-migration corridor. All names and figures are
 * invented. Loaded once, through the directory's own rules, only in the demo profile.
 */
@Component
@Profile("demo")
@Order(10)
class PartyDemoData implements ApplicationRunner {

    private final PartyDirectory directory;

    PartyDemoData(PartyDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.exists(new PartyCode("SLC"))) {
            return;
        }
        LocalDate recently = directory.today().minusDays(20);
        LocalDate longAgo = directory.today().minusDays(200);
        register("SLC", PartyKind.REGIONAL_BODY, "Southern Littoral Community", "SLC", "Southern Littoral",
                List.of("en", "fr", "ar"), "Hosts the compact secretariat and the regional crisis liaison hub",
                Influence.HIGH, contact("Amina Sallah", "Head of the compact secretariat", "secretariat@slc.example",
                        "+000 100 2000", "en fr ar", recently));
        register("XAR", PartyKind.STATE, "Republic of Arvenia", "Arvenia", "Southern Littoral",
                List.of("fr", "ar"), "Country of origin; remittances; protection of nationals abroad",
                Influence.MEDIUM, contact("Karim Benali", "Director, Ministry of Labour Abroad",
                        "labour.abroad@arvenia.example", "+000 210 5550", "fr ar", recently));
        register("XBE", PartyKind.STATE, "Kingdom of Belmora", "Belmora", "Southern Littoral",
                List.of("en", "ar"), "Country of origin; skills recognition for nurses and builders",
                Influence.MEDIUM, contact("Leila Haddad", "Deputy Minister for Overseas Employment",
                        "overseas@belmora.example", "+000 220 7781", "en ar", longAgo));
        register("XCO", PartyKind.STATE, "Federal Republic of Costrava", "Costrava", "Northern Shore",
                List.of("es", "en"), "Country of destination; construction and care sectors; cyclone exposure",
                Influence.HIGH, contact("Lucía Ortega", "Head, Civil Protection Liaison Unit",
                        "liaison@costrava.example", "+000 310 4400", "es en", recently));
        register("XDA", PartyKind.STATE, "State of Dalmeria", "Dalmeria", "Northern Shore",
                List.of("ar", "en"), "Country of destination; agriculture and domestic work",
                Influence.HIGH, contact("Omar Khalil", "Director of Labour Mobility", "mobility@dalmeria.example",
                        "+000 320 1200", "ar en", recently));
        register("ILMO", PartyKind.INTERNATIONAL_ORG, "International Labour Mobility Office", "ILMO", null,
                List.of("en", "fr", "es", "ar"), "Technical support, independent verification of indicators",
                Influence.MEDIUM, contact("Ines Moreau", "Regional coordinator", "littoral@ilmo.example",
                        "+000 900 1000", "fr en", recently));
        register("LTUC", PartyKind.UNION, "Littoral Trade Union Confederation", "LTUC", "Southern Littoral",
                List.of("en", "ar"), "Organising migrant workers; wage theft and fee recovery",
                Influence.MEDIUM, contact("Samir Yousef", "Migrant desk coordinator", "migrants@ltuc.example",
                        "+000 400 3300", "ar en", recently));
        register("CEF", PartyKind.EMPLOYER_ORG, "Costrava Employers' Federation", "CEF", "Northern Shore",
                List.of("es", "en"), "Predictable recruitment; fair competition among recruiters",
                Influence.HIGH, contact("Diego Ferrer", "Policy director", "policy@cef.example", "+000 510 8800",
                        "es en", longAgo));
        register("FRW", PartyKind.CIVIL_SOCIETY, "Fair Recruitment Watch", "FRW", null,
                List.of("en", "fr"), "Monitoring of recruiters and of worker-paid fees",
                Influence.LOW, contact("Nadia Petit", "Research lead", "research@frw.example", "+000 600 4400",
                        "fr en", recently));
        register("MWA", PartyKind.MIGRANT_ORG, "Migrant Workers' Association of the Littoral", "MWA", null,
                List.of("ar", "fr", "en"), "A voice for workers in review cycles; grievance accompaniment",
                Influence.LOW, contact("Yara Mansour", "Spokesperson", "contact@mwa.example", "+000 700 5500",
                        "ar fr", recently));
    }

    private void register(String code, PartyKind kind, String name, String shortName, String region,
            List<String> languages, String interests, Influence influence, FocalPoint contact) {
        directory.register(Actor.system(), new PartyCode(code), kind,
                new PartyDetails(name, shortName, region, languages, interests, influence, List.of(contact)));
    }

    private static FocalPoint contact(String name, String function, String email, String phone, String languages,
            LocalDate confirmed) {
        return new FocalPoint(name, function, email, phone, languages, confirmed);
    }
}
