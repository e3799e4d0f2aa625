package org.entente.grievance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.entente.identity.Accounts;
import org.entente.party.PartyDirectory;
import org.entente.platform.TravellingClock;
import org.entente.shared.Actor;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's grievances: the handlers' accounts (a mediator of each destination and of Arvenia, an ombudsperson,
 * panel members of three states) and sixty fictional cases over the last year, filed by web, API and SMS in six
 * languages and taken through the real services to every stage: some waiting for triage, some in mediation, some
 * before the ombudsperson or the panel (one decision awaiting a second party's confirmation), many closed with
 * remedies delivered or not, two decided by a panel and published. Cases left past their targets escalate when the
 * demo starts, as the scheduler would have done. One worker's receipt is printed in the demo log, so that the
 * follow-up page can be tried.
 */
@Component
@Profile("demo")
@Order(46)
class GrievanceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GrievanceDemoData.class);
    static final String PASSPHRASE = "demo passphrase";

    private final Intake intake;
    private final Casework casework;
    private final PanelDecisions panel;
    private final Escalations escalations;
    private final Accounts accounts;
    private final PartyDirectory parties;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String password;

    GrievanceDemoData(Intake intake, Casework casework, PanelDecisions panel, Escalations escalations, Accounts accounts,
            PartyDirectory parties, JdbcClient jdbc, Clock clock, @Value("${entente.demo.password}") String password) {
        this.intake = intake;
        this.casework = casework;
        this.panel = panel;
        this.escalations = escalations;
        this.accounts = accounts;
        this.parties = parties;
        this.jdbc = jdbc;
        this.clock = clock;
        this.password = password;
    }

    private record Handler(String username, Actor actor) {
    }

    private Handler handler(String username, String name, String language, Role role, String... parties) {
        Map<PartyCode, Set<Role>> memberships = new java.util.LinkedHashMap<>();
        for (String p : parties) {
            memberships.put(new PartyCode(p), Set.of(role));
        }
        if (!accounts.exists(username)) {
            accounts.open(Actor.system(), new Accounts.NewAccount(username, name, password, language, memberships));
        }
        return new Handler(username, Actor.user(username, memberships.entrySet().stream()
                .map(e -> new Actor.Membership(e.getKey(), e.getValue())).toList()));
    }

    @Override
    public void run(ApplicationArguments args) {
        // The handlers' accounts say whether this ran before (another module's demo may have filed a case already).
        if (!parties.exists(new PartyCode("XCO")) || accounts.exists("mediator")) {
            return;
        }
        Handler mediator = handler("mediator", "Demo Mediator", "en", Role.MEDIATOR, "XCO", "XDA");
        Handler mediatorXar = handler("mediator.xar", "Médiatrice, Arvenia", "fr", Role.MEDIATOR, "XAR");
        Handler ombudsperson = handler("ombudsperson", "Demo Ombudsperson", "en", Role.OMBUDSPERSON, "XCO", "XDA");
        Handler panelXco = handler("panel.xco", "Panel member, Costrava", "es", Role.PANEL_MEMBER, "XCO");
        Handler panelXar = handler("panel.xar", "Membre du panel, Arvenia", "fr", Role.PANEL_MEMBER, "XAR");
        handler("panel.xda", "Panel member, Dalmeria", "ar", Role.PANEL_MEMBER, "XDA");

        Random random = new Random(20261207);
        Instant now = clock.instant();
        String[][] corridors = {{"XAR", "XCO"}, {"XAR", "XDA"}, {"XBE", "XCO"}, {"XBE", "XDA"}};
        String[] languages = {"ar", "ar", "fr", "en", "ar", "fr", "es", "ru", "zh", "en"};
        String[] employers = {"Costa Build Ltd", "Dalmeria Farms Cooperative", "Harbour Logistics", "Sunrise Care Homes",
                "Costa Build Ltd", "Northern Shore Hotels"};
        String[] recruiters = {"Bright Future Placement", "Littoral Manpower", "Bright Future Placement", null};
        Category[] categories = Category.values();
        String demoReceipt = null;
        for (int k = 0; k < 60; k++) {
            int i = k;
            String[] corridor = corridors[i % corridors.length];
            Category category = categories[random.nextInt(categories.length)];
            if (i % 5 == 0) {
                category = Category.UNPAID_WAGES;
            }
            String language = languages[i % languages.length];
            // The plan of case i: how far it goes, and how long ago it was filed.
            int plan = i % 10;
            long ageDays = plan == 0 ? (i % 20 == 0 ? 0 : 4) : plan <= 2 ? 2 + random.nextInt(3)
                    : plan <= 4 ? 10 + random.nextInt(15) : 40 + random.nextInt(300);
            Instant filed = now.minus(Duration.ofDays(ageDays)).minus(Duration.ofHours(1 + random.nextInt(8)));
            Category c = category;
            IntakeChannel channel = i % 7 == 3 ? IntakeChannel.SMS : i % 4 == 1 ? IntakeChannel.API : IntakeChannel.WEB;
            Intake.Filed receipt = at(filed, () -> intake.file(new Filing(c, narrative(c, i), corridor[0], corridor[1],
                    language, PASSPHRASE, i % 3 == 0 ? "+000 555 01" + String.format("%02d", i) : null,
                    i % 4 == 0 ? "Worker " + (i + 1) : null, c == Category.PASSPORT_KEPT ? "P" + (700000 + i) : null,
                    employers[i % employers.length], recruiters[i % recruiters.length], null, null, i % 3 == 1),
                    channel, List.of()));
            long id = jdbc.sql("select max(id) from grievance_case").query(Long.class).single();
            if (i == 2) {
                demoReceipt = receipt.receipt();
            }
            if (plan == 0) {
                continue;
            }
            Handler first = corridor[0].equals("XAR") && i % 2 == 0 ? mediatorXar : mediator;
            Instant t = filed.plus(Duration.ofHours(20));
            at(t, () -> casework.triage(first.actor(), id, new GrievanceCase.Triage(c,
                    c.concernsSafety() ? Urgency.SAFETY : i % 6 == 0 ? Urgency.HIGH : Urgency.NORMAL,
                    corridor[1], "FLM-2026", language)));
            at(t.plus(Duration.ofHours(2)), () -> casework.reply(first.actor(), id, "We received your report and "
                    + "will contact the employer. You can add documents with your receipt code.", "en",
                    "ar".equals(language) ? "تلقينا بلاغك وسنتواصل مع صاحب العمل. يمكنك إضافة مستندات برمز الإيصال."
                            : "fr".equals(language) ? "Nous avons reçu votre signalement et contacterons "
                                    + "l’employeur. Vous pouvez ajouter des documents avec votre code." : null));
            if (plan <= 2) {
                continue;
            }
            if (c.concernsSafety() && plan == 3) {
                at(t.plus(Duration.ofDays(1)), () -> casework.moveTo(first.actor(), id, Stage.OMBUDSPERSON));
                continue;
            }
            at(t.plus(Duration.ofDays(1)), () -> casework.moveTo(first.actor(), id, Stage.MEDIATION));
            at(t.plus(Duration.ofDays(2)), () -> casework.note(first.actor(), id, "Called the employer's HR office; "
                    + "they ask for the pay slips."));
            if (plan <= 4) {
                continue;
            }
            Instant closing = t.plus(Duration.ofDays(5 + random.nextInt(25)));
            if (plan <= 7) {
                boolean delivered = plan != 7;
                RemedyKind kind = switch (c) {
                    case UNPAID_WAGES -> RemedyKind.BACK_PAY;
                    case RECRUITMENT_FEES -> RemedyKind.FEE_REFUND;
                    case PASSPORT_KEPT -> RemedyKind.DOCUMENT_RETURNED;
                    case CONTRACT_SUBSTITUTED -> RemedyKind.CONTRACT_CORRECTED;
                    case HARASSMENT_OR_VIOLENCE, UNSAFE_WORK -> RemedyKind.RELOCATION;
                    default -> RemedyKind.APOLOGY;
                };
                BigDecimal amount = kind.hasAmount() ? BigDecimal.valueOf(300 + random.nextInt(2400)) : null;
                at(closing.minus(Duration.ofDays(2)), () -> casework.recordRemedy(first.actor(), id,
                        new Casework.RemedyDraft(kind, amount, kind.hasAmount() ? "USD" : null, delivered)));
                at(closing, () -> casework.close(first.actor(), id, plan == 7 ? Outcome.SETTLED_IN_MEDIATION
                        : Outcome.RESOLVED_WITH_REMEDY));
                continue;
            }
            at(t.plus(Duration.ofDays(20)), () -> casework.moveTo(first.actor(), id, Stage.OMBUDSPERSON));
            if (plan == 8 && i % 20 == 18) {
                at(t.plus(Duration.ofDays(40)), () -> casework.close(ombudsperson.actor(), id,
                        Outcome.NOT_SUBSTANTIATED));
                continue;
            }
            if (ageDays < 60) {
                continue;
            }
            at(t.plus(Duration.ofDays(45)), () -> casework.moveTo(ombudsperson.actor(), id, Stage.REGIONAL_PANEL));
            Handler proposer = corridor[0].equals("XAR") ? panelXar : panelXco;
            boolean confirmed = i % 20 != 19;
            if (corridor[1].equals("XCO") && corridor[0].equals("XAR")) {
                at(t.plus(Duration.ofDays(55)), () -> panel.propose(proposer.actor(), id,
                        new PanelDecisions.DecisionDraft("FLM-2026, module LAB, provision 3 (wages paid in full and on time)",
                                PanelDecisions.Finding.UPHELD, "Wages withheld as a \"deposit\" against the worker leaving "
                                        + "are unpaid wages under provision 3; the employer repays them in full.",
                                "Provision 3 requires wages paid in full at regular intervals. A deposit deducted "
                                        + "from wages is a deduction not authorised by law or by a collective "
                                        + "agreement, whatever the contract calls it.")));
                if (confirmed) {
                    at(t.plus(Duration.ofDays(60)), () -> panel.confirm(panelXco.actor(), id));
                }
            }
        }
        int escalated = escalations.escalateOverdue();
        log.info("Demo grievances: 60 cases, {} escalated for missed targets; accounts mediator, mediator.xar, "
                + "ombudsperson, panel.xco, panel.xar, panel.xda. A demo worker's receipt: {} with passphrase \"{}\"",
                escalated, demoReceipt, PASSPHRASE);
    }

    private static String narrative(Category category, int i) {
        return switch (category) {
            case UNPAID_WAGES -> "I have not been paid for " + (2 + i % 4) + " months. The supervisor says the company "
                    + "will pay when the project ends.";
            case RECRUITMENT_FEES -> "The agency took 1,800 dollars before I left home and says I owe more for the visa.";
            case PASSPORT_KEPT -> "The employer keeps my passport in the office and will not give it back.";
            case CONTRACT_SUBSTITUTED -> "The contract I signed at home said 600 a month; here they gave me another "
                    + "one for 420 and longer hours.";
            case UNSAFE_WORK -> "We work on the scaffolding without harnesses. A colleague fell last week.";
            case HARASSMENT_OR_VIOLENCE -> "The supervisor shouts and hit a worker. I am afraid to complain.";
            case DISCRIMINATION -> "Workers from my country are paid less for the same job.";
            case OTHER -> "We sleep twelve in one room and the water is cut every evening.";
        };
    }

    /** Runs a step of a case's history at its moment, if that moment has come; a step still to come is not run. */
    private <T> T at(Instant moment, Supplier<T> step) {
        if (moment.isAfter(clock.instant())) {
            return null;
        }
        Object[] result = new Object[1];
        TravellingClock.at(clock, moment, () -> result[0] = step.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private void at(Instant moment, Runnable step) {
        at(moment, () -> {
            step.run();
            return null;
        });
    }
}
