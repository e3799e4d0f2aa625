package org.entente.mobility;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognition and portability. A party's focal point lists its qualifications and its schemes, records how it
 * recognises other parties' qualifications for an occupation, and the agreements it has made; anyone asks whether a
 * qualification from one party is recognised in another for an occupation, and which of their contribution periods
 * count where.
 */
@Service
public class Mobility {

    public record Qualification(long id, String party, String code, String title, int iscedLevel,
            List<String> occupations) {
    }

    public record NewQualification(String code, String title, Integer iscedLevel, List<String> occupations) {
    }

    public record NewRecognition(Long qualificationId, String occupation, RecognitionOutcome outcome, Route route,
            String conditions, String legalBasis, LocalDate decidedOn) {
    }

    /** The answer to "is this qualification recognised there for this occupation?" */
    public record Answer(Qualification qualification, String inParty, String occupation,
            RecognitionOutcome outcome, Route route, String conditions, String legalBasis, LocalDate decidedOn) {
        public boolean known() {
            return outcome != null;
        }
    }

    public record NewScheme(Benefit benefit, String name, Integer minimumMonths) {
    }

    public record NewAgreement(String otherParty, Benefit benefit, Boolean totalisation, Boolean export,
            String legalBasis, LocalDate inForceFrom) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Mobility(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private PartyCode focal(Actor actor) {
        actor.requireAnyRole(Role.FOCAL_POINT);
        return new PartyCode(actor.partiesWith(Role.FOCAL_POINT).get(0));
    }

    @Transactional
    public Qualification addQualification(Actor actor, NewQualification q) {
        PartyCode party = focal(actor);
        List<InvalidInput> found = new ArrayList<>();
        if (q.code() == null || q.code().isBlank() || q.code().length() > 40) {
            found.add(InvalidInput.requiredAtMost("code", 40));
        }
        if (q.title() == null || q.title().isBlank() || q.title().length() > 200) {
            found.add(InvalidInput.requiredAtMost("title", 200));
        }
        if (q.iscedLevel() == null || q.iscedLevel() < 0 || q.iscedLevel() > 8) {
            found.add(InvalidInput.between("iscedLevel", 0, 8));
        }
        if (q.occupations() == null || q.occupations().isEmpty()
                || !q.occupations().stream().allMatch(o -> o != null && o.matches("\\d{4}"))) {
            found.add(InvalidInput.coded("occupations", "ISCO-08 unit groups: four digits each", "mobility.isco"));
        }
        InvalidInput.throwIfAny(found);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into qualification (party, code, title, isced_level, occupations) values (?, ?, ?, ?, ?)")
                    .params(party.value(), q.code().strip(), q.title().strip(), q.iscedLevel(),
                            String.join(" ", q.occupations())).update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw Conflict.coded("qualification " + q.code() + " exists", "mobility.qualificationExists");
        }
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(new AuditEvent(actor, party.value(), "qualification.added", "Qualification", String.valueOf(id),
                "qualification " + id + " (ISCED " + q.iscedLevel() + ") added"));
        return qualification(id);
    }

    /** The receiving party's focal point records how it recognises a qualification for an occupation. */
    @Transactional
    public Answer recognise(Actor actor, NewRecognition r) {
        PartyCode party = focal(actor);
        List<InvalidInput> found = new ArrayList<>();
        if (r.qualificationId() == null) {
            found.add(InvalidInput.required("qualificationId"));
        }
        if (r.occupation() == null || !r.occupation().matches("\\d{4}")) {
            found.add(InvalidInput.coded("occupation", "an ISCO-08 unit group: four digits", "mobility.isco"));
        }
        if (r.outcome() == null) {
            found.add(InvalidInput.required("outcome"));
        }
        if (r.outcome() == RecognitionOutcome.PARTIAL && (r.conditions() == null || r.conditions().isBlank())) {
            found.add(InvalidInput.coded("conditions", "partial recognition states its conditions",
                    "mobility.conditions.required"));
        }
        if (r.legalBasis() == null || r.legalBasis().isBlank() || r.legalBasis().length() > 500) {
            found.add(InvalidInput.requiredAtMost("legalBasis", 500));
        }
        InvalidInput.throwIfAny(found);
        Qualification q = qualification(r.qualificationId());
        if (q.party().equals(party.value())) {
            throw InvalidInput.coded("qualificationId", "a party recognises other parties' qualifications",
                    "mobility.ownQualification");
        }
        LocalDate decided = r.decidedOn() == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : r.decidedOn();
        jdbc.sql("delete from recognition where qualification_id = ? and to_party = ? and occupation = ?")
                .params(q.id(), party.value(), r.occupation()).update();
        jdbc.sql("""
                insert into recognition (qualification_id, to_party, occupation, outcome, route, conditions,
                    legal_basis, decided_on) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(q.id(), party.value(), r.occupation(), r.outcome().name(),
                        (r.route() == null ? Route.AGREEMENT : r.route()).name(),
                        r.conditions() == null || r.conditions().isBlank() ? null : r.conditions().strip(),
                        r.legalBasis().strip(), Date.valueOf(decided)).update();
        audit.record(new AuditEvent(actor, party.value(), "qualification.recognised", "Qualification",
                String.valueOf(q.id()), "qualification " + q.id() + " recognised " + r.outcome() + " for ISCO "
                        + r.occupation()));
        return ask(q.id(), party.value(), r.occupation());
    }

    /** Is this qualification recognised in that party for this occupation? With conditions and legal basis. */
    @Transactional(readOnly = true)
    public Answer ask(long qualificationId, String inParty, String occupation) {
        Qualification q = qualification(qualificationId);
        if (inParty == null || inParty.isBlank()) {
            throw InvalidInput.required("in");
        }
        if (occupation == null || !occupation.matches("\\d{4}")) {
            throw InvalidInput.coded("occupation", "an ISCO-08 unit group: four digits", "mobility.isco");
        }
        return jdbc.sql("select * from recognition where qualification_id = ? and to_party = ? and occupation = ?")
                .params(qualificationId, inParty, occupation)
                .query((rs, n) -> new Answer(q, inParty, occupation, RecognitionOutcome.valueOf(rs.getString("outcome")),
                        Route.valueOf(rs.getString("route")), rs.getString("conditions"), rs.getString("legal_basis"),
                        rs.getDate("decided_on").toLocalDate())).optional()
                .orElse(new Answer(q, inParty, occupation, null, null, null, null, null));
    }

    @Transactional(readOnly = true)
    public List<Qualification> qualifications() {
        return jdbc.sql("select * from qualification order by party, title").query((rs, n) -> row(rs)).list();
    }

    @Transactional(readOnly = true)
    public Qualification qualification(long id) {
        return jdbc.sql("select * from qualification where id = ?").param(id).query((rs, n) -> row(rs)).optional()
                .orElseThrow(() -> new NotFound("qualification", id));
    }

    private static Qualification row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Qualification(rs.getLong("id"), rs.getString("party"), rs.getString("code"), rs.getString("title"),
                rs.getInt("isced_level"), List.of(rs.getString("occupations").split(" ")));
    }

    @Transactional
    public void addScheme(Actor actor, NewScheme s) {
        PartyCode party = focal(actor);
        List<InvalidInput> found = new ArrayList<>();
        if (s.benefit() == null) {
            found.add(InvalidInput.required("benefit"));
        }
        if (s.name() == null || s.name().isBlank() || s.name().length() > 200) {
            found.add(InvalidInput.requiredAtMost("name", 200));
        }
        if (s.minimumMonths() == null || s.minimumMonths() < 0 || s.minimumMonths() > 600) {
            found.add(InvalidInput.between("minimumMonths", 0, 600));
        }
        InvalidInput.throwIfAny(found);
        jdbc.sql("delete from social_scheme where party = ? and benefit = ?").params(party.value(), s.benefit().name())
                .update();
        jdbc.sql("insert into social_scheme (party, benefit, name, minimum_months) values (?, ?, ?, ?)")
                .params(party.value(), s.benefit().name(), s.name().strip(), s.minimumMonths()).update();
        audit.record(new AuditEvent(actor, party.value(), "scheme.set", "Scheme", party.value() + "/" + s.benefit(),
                s.benefit() + " scheme of " + party.value() + ": " + s.minimumMonths() + " months needed"));
    }

    @Transactional
    public void addAgreement(Actor actor, NewAgreement a) {
        PartyCode party = focal(actor);
        List<InvalidInput> found = new ArrayList<>();
        if (a.otherParty() == null || a.otherParty().isBlank() || a.otherParty().equals(party.value())) {
            found.add(InvalidInput.coded("otherParty", "another party", "mobility.otherParty"));
        }
        if (a.benefit() == null) {
            found.add(InvalidInput.required("benefit"));
        }
        if (a.totalisation() == null) {
            found.add(InvalidInput.required("totalisation"));
        }
        if (a.export() == null) {
            found.add(InvalidInput.required("export"));
        }
        if (a.legalBasis() == null || a.legalBasis().isBlank() || a.legalBasis().length() > 500) {
            found.add(InvalidInput.requiredAtMost("legalBasis", 500));
        }
        if (a.inForceFrom() == null) {
            found.add(InvalidInput.required("inForceFrom"));
        }
        InvalidInput.throwIfAny(found);
        String first = party.value().compareTo(a.otherParty()) < 0 ? party.value() : a.otherParty();
        String second = first.equals(party.value()) ? a.otherParty() : party.value();
        jdbc.sql("delete from portability_agreement where party_a = ? and party_b = ? and benefit = ?")
                .params(first, second, a.benefit().name()).update();
        jdbc.sql("""
                insert into portability_agreement (party_a, party_b, benefit, totalisation, export, legal_basis,
                    in_force_from) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(first, second, a.benefit().name(), a.totalisation(), a.export(), a.legalBasis().strip(),
                        Date.valueOf(a.inForceFrom())).update();
        audit.record(new AuditEvent(actor, party.value(), "portability.agreed", "Agreement", first + "-" + second
                + "/" + a.benefit(), a.benefit() + " agreement " + first + "-" + second + ": totalisation "
                        + a.totalisation() + ", export " + a.export()));
    }

    /** Which periods count where, for one benefit, under the schemes and agreements in force today. */
    @Transactional(readOnly = true)
    public List<Totalisation.Outcome> totalise(Benefit benefit, List<Totalisation.Period> periods) {
        if (benefit == null) {
            throw InvalidInput.required("benefit");
        }
        if (periods == null || periods.isEmpty() || periods.stream().anyMatch(p -> p.months() < 0 || p.months() > 900)) {
            throw InvalidInput.coded("months", "months of contributions per country, 0 to 900", "mobility.months");
        }
        List<Totalisation.Scheme> schemes = jdbc.sql("select party, minimum_months from social_scheme where benefit = ?")
                .param(benefit.name()).query((rs, n) -> new Totalisation.Scheme(rs.getString(1), rs.getInt(2))).list();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Totalisation.Agreement> agreements = jdbc.sql("select party_a, party_b, totalisation, export from "
                + "portability_agreement where benefit = ? and in_force_from <= ?")
                .params(benefit.name(), Date.valueOf(today))
                .query((rs, n) -> new Totalisation.Agreement(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getBoolean(4))).list();
        return Totalisation.calculate(periods, schemes, agreements);
    }
}
