package org.entente.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.grievance.CaseVault;
import org.entente.grievance.ReceiptCodes;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.entente.shared.Secrets;
import org.entente.sharing.SmallCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Contracts a worker can verify. The recruiter (an account acting for it) or an officer of a party that licensed it
 * registers a contract: the terms, each recruitment cost and who pays it, the worker's identity (sealed under the
 * contract's own key, as grievances are). Every rule of {@link ContractRules} runs on it; the worker receives a
 * verification code, with which anyone sees the registered terms and the rules' results, never the worker's
 * identity. SDG 10.7.1 (recruitment cost borne by the worker as a share of a month's wage) is worked out per
 * journey and published only where at least 11 contracts make it.
 */
@Service
public class Contracts {

    static final int CODE_LENGTH = 16;

    public record Worker(String name, String passportNumber, String reference) {
    }

    public record Draft(Long recruiterId, Long employerId, String employerName, String countryFrom, String countryTo,
            String jobTitle, String isco, Sector sector, BigDecimal wage, String currency, Integer hoursPerWeek,
            Integer durationMonths, String accommodation, List<String> languages, List<String> workerLanguages,
            LocalDate signedOn, List<ContractRules.Cost> costs, Worker worker) {
    }

    /** What registration answers: the code for the worker (shown once) and every rule's result. */
    public record Registered(long id, String verificationCode, List<ContractRules.Result> rules) {
    }

    /** What the code shows: the terms, the recruiter, the rules' results. No worker. */
    public record Verified(String recruiterName, long recruiterId, ContractRules.Terms terms,
            List<ContractRules.Result> rules) {
    }

    /** SDG 10.7.1 for one journey: the mean share, or withheld when fewer than 11 contracts make it. */
    public record Indicator(String corridor, Long contracts, BigDecimal percentOfMonthlyWage) {
    }

    private final JdbcClient jdbc;
    private final RecruiterRegistry registry;
    private final CaseVault vault;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    Contracts(JdbcClient jdbc, RecruiterRegistry registry, CaseVault vault, AuditTrail audit, JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.vault = vault;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Whether the actor may register contracts for the recruiter: its agent, or an officer of a licensing party. */
    boolean actsFor(Actor actor, long recruiterId) {
        if (!actor.isAuthenticated()) {
            return false;
        }
        if (jdbc.sql("select count(*) from recruiter_agent where username = ? and recruiter_id = ?")
                .params(actor.username(), recruiterId).query(Long.class).single() > 0) {
            return true;
        }
        return jdbc.sql("select distinct licensing_party from recruiter_licence where recruiter_id = ?")
                .param(recruiterId).query(String.class).list().stream()
                .anyMatch(p -> actor.hasRoleFor(new PartyCode(p), Role.INSPECTOR)
                        || actor.hasRoleFor(new PartyCode(p), Role.FOCAL_POINT));
    }

    /** An officer of a party that licensed the recruiter names an account that acts for it. */
    @Transactional
    public void nameAgent(Actor actor, long recruiterId, String username) {
        actor.requireAnyRole(Role.INSPECTOR, Role.FOCAL_POINT);
        registry.get(recruiterId);
        if (jdbc.sql("select distinct licensing_party from recruiter_licence where recruiter_id = ?")
                .param(recruiterId).query(String.class).list().stream()
                .noneMatch(p -> actor.hasRoleFor(new PartyCode(p), Role.INSPECTOR)
                        || actor.hasRoleFor(new PartyCode(p), Role.FOCAL_POINT))) {
            throw new AccessDenied("only a party that licensed recruiter " + recruiterId + " names its agents");
        }
        if (username == null || username.isBlank() || username.length() > 60) {
            throw InvalidInput.requiredAtMost("username", 60);
        }
        jdbc.sql("insert into recruiter_agent (username, recruiter_id, named_by) values (?, ?, ?) on conflict do nothing")
                .params(username.strip(), recruiterId, actor.username()).update();
        audit.record(new AuditEvent(actor, null, "recruiter.agent-named", "Recruiter", String.valueOf(recruiterId),
                "an account named to act for recruiter " + recruiterId));
    }

    @Transactional
    public Registered register(Actor actor, Draft d) {
        actor.requireAuthenticated();
        List<InvalidInput> found = new ArrayList<>();
        if (d.recruiterId() == null) {
            throw InvalidInput.required("recruiterId");
        }
        RecruiterRegistry.Recruiter recruiter = registry.get(d.recruiterId());
        if (!actsFor(actor, recruiter.id())) {
            throw new AccessDenied("only the recruiter's own accounts or its licensing party register its contracts");
        }
        String employerName = d.employerName() == null || d.employerName().isBlank() ? null : d.employerName().strip();
        if (d.employerId() != null) {
            employerName = registry.get(d.employerId()).name();
        }
        if (employerName == null || employerName.length() > 200) {
            found.add(InvalidInput.requiredAtMost("employerName", 200));
        }
        String from = code(d.countryFrom(), "countryFrom", found);
        String to = code(d.countryTo(), "countryTo", found);
        if (d.sector() == null) {
            found.add(InvalidInput.required("sector"));
        }
        if (d.isco() != null && !d.isco().isBlank() && !d.isco().strip().matches("\\d{4}")) {
            found.add(InvalidInput.coded("isco", "an ISCO-08 unit group: four digits", "recruitment.isco"));
        }
        String currency = d.currency() == null || d.currency().isBlank() ? null
                : d.currency().strip().toUpperCase(Locale.ROOT);
        if (currency != null && !RecruiterRegistry.isCurrency(currency)) {
            found.add(InvalidInput.coded("currency", "must be an ISO 4217 currency code", "recruitment.currency"));
        }
        if (d.wage() != null && d.wage().signum() <= 0) {
            found.add(InvalidInput.positive("wage"));
        }
        if (d.hoursPerWeek() != null && (d.hoursPerWeek() < 1 || d.hoursPerWeek() > 100)) {
            found.add(InvalidInput.between("hoursPerWeek", 1, 100));
        }
        if (d.durationMonths() != null && (d.durationMonths() < 1 || d.durationMonths() > 120)) {
            found.add(InvalidInput.between("durationMonths", 1, 120));
        }
        Set<String> languages = languages(d.languages(), "languages", found);
        Set<String> workerLanguages = languages(d.workerLanguages(), "workerLanguages", found);
        if (d.signedOn() == null) {
            found.add(InvalidInput.required("signedOn"));
        }
        List<ContractRules.Cost> costs = d.costs() == null ? List.of() : d.costs();
        for (int i = 0; i < costs.size(); i++) {
            ContractRules.Cost c = costs.get(i);
            if (c == null || c.kind() == null || c.paidBy() == null || c.amount() == null || c.amount().signum() < 0
                    || c.currency() == null || !RecruiterRegistry.isCurrency(c.currency().toUpperCase(Locale.ROOT))) {
                found.add(InvalidInput.coded("costs[" + i + "]", "a cost needs its kind, amount, currency and payer",
                        "recruitment.cost"));
            }
        }
        if (d.worker() == null || d.worker().name() == null || d.worker().name().isBlank()
                || d.worker().name().length() > 200) {
            found.add(InvalidInput.requiredAtMost("worker.name", 200));
        }
        if (d.jobTitle() != null && d.jobTitle().length() > 200) {
            found.add(InvalidInput.tooLong("jobTitle", 200));
        }
        if (d.accommodation() != null && d.accommodation().length() > 500) {
            found.add(InvalidInput.tooLong("accommodation", 500));
        }
        InvalidInput.throwIfAny(found);
        List<ContractRules.Cost> clean = costs.stream().map(c -> new ContractRules.Cost(c.kind(), c.amount(),
                c.currency().toUpperCase(Locale.ROOT), c.paidBy())).toList();
        ContractRules.Terms terms = new ContractRules.Terms(employerName, from, to, blank(d.jobTitle()),
                blank(d.isco()), d.sector(), d.wage(), currency, d.hoursPerWeek(), d.durationMonths(),
                blank(d.accommodation()), languages, workerLanguages, d.signedOn(), clean);
        List<ContractRules.Result> results = ContractRules.check(new ContractRules.Facts(terms,
                registry.standing(recruiter.id(), from + "-" + to, d.signedOn()), minimumWage(to, d.sector())));
        String code = ReceiptCodes.newCode(CODE_LENGTH);
        String binding = Secrets.newSecret("c");
        CaseVault.Sealed sealed = vault.sealNew(binding, json.writeValueAsString(d.worker()));
        long violations = results.stream().filter(r -> r.outcome() == RuleOutcome.VIOLATED).count();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into recruitment_contract (recruiter_id, employer_id, employer_name, country_from, country_to,
                    job_title, isco, sector, wage, currency, hours_per_week, duration_months, accommodation, languages,
                    worker_languages, signed_on, verification_hash, binding, wrapped_key, personal, violations,
                    registered_by, registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(recruiter.id(), d.employerId(), employerName, from, to, terms.jobTitle(), terms.isco(),
                        d.sector().name(), d.wage(), currency, d.hoursPerWeek(), d.durationMonths(),
                        terms.accommodation(), String.join(" ", languages), String.join(" ", workerLanguages),
                        Date.valueOf(d.signedOn()), hash(ReceiptCodes.normalise(code, CODE_LENGTH).orElseThrow()),
                        binding, sealed.wrappedKey(), sealed.ciphertext(), violations, actor.username(),
                        Timestamp.from(clock.instant())).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (ContractRules.Cost c : clean) {
            jdbc.sql("insert into recruitment_contract_cost (contract_id, kind, amount, currency, paid_by) "
                    + "values (?, ?, ?, ?, ?)").params(id, c.kind().name(), c.amount(), c.currency(),
                            c.paidBy().name()).update();
        }
        for (ContractRules.Result r : results) {
            jdbc.sql("insert into recruitment_contract_rule (contract_id, rule, outcome, detail) values (?, ?, ?, ?)")
                    .params(id, r.rule(), r.outcome().name(), r.detail() == null ? null
                            : r.detail().substring(0, Math.min(300, r.detail().length()))).update();
        }
        audit.record(new AuditEvent(actor, null, "contract.registered", "Contract", String.valueOf(id),
                "contract " + id + " of recruiter " + recruiter.id() + " registered (" + from + "-" + to + "), "
                        + violations + " rule(s) violated"));
        return new Registered(id, code, results);
    }

    /** The terms and results a verification code shows; "not found" for any code that is not one. */
    @Transactional(readOnly = true)
    public Verified verify(String typed) {
        Optional<String> code = ReceiptCodes.normalise(typed, CODE_LENGTH);
        if (code.isEmpty()) {
            throw new NotFound("contract", "code");
        }
        // Two queries: the contract with its recruiter's name, then its costs and its rules' results together.
        record Row(long id, long recruiterId, String recruiterName, ContractRules.Terms terms) {
        }
        Row row = jdbc.sql("select c.*, r.name as recruiter_name from recruitment_contract c join recruiter r on "
                + "r.id = c.recruiter_id where c.verification_hash = ?").param(hash(code.get()))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("recruiter_id"), rs.getString("recruiter_name"),
                        terms(rs))).optional()
                .orElseThrow(() -> new NotFound("contract", "code"));
        List<ContractRules.Cost> costs = new ArrayList<>();
        Map<String, ContractRules.Result> byRule = new LinkedHashMap<>();
        jdbc.sql("""
                select 'C', kind, amount, currency, paid_by, id from recruitment_contract_cost where contract_id = ?
                union all
                select 'R', rule, null, outcome, detail, 0 from recruitment_contract_rule where contract_id = ?
                order by 1, 6""").params(row.id(), row.id()).query(rs -> {
                    if ("C".equals(rs.getString(1))) {
                        costs.add(new ContractRules.Cost(CostKind.valueOf(rs.getString(2)), rs.getBigDecimal(3),
                                rs.getString(4), Payer.valueOf(rs.getString(5))));
                    } else {
                        byRule.put(rs.getString(2), new ContractRules.Result(rs.getString(2),
                                RuleOutcome.valueOf(rs.getString(4)), rs.getString(5)));
                    }
                });
        ContractRules.Terms t = row.terms();
        ContractRules.Terms terms = new ContractRules.Terms(t.employerName(), t.countryFrom(), t.countryTo(),
                t.jobTitle(), t.isco(), t.sector(), t.wage(), t.currency(), t.hoursPerWeek(), t.durationMonths(),
                t.accommodation(), t.languages(), t.workerLanguages(), t.signedOn(), costs);
        List<ContractRules.Result> results = ContractRules.ALL.stream().map(r -> byRule.get(r.name()))
                .filter(java.util.Objects::nonNull).toList();
        return new Verified(row.recruiterName(), row.recruiterId(), terms, results);
    }

    /** The worker named in a contract: for the recruiter's own accounts and its licensing party's officers only. */
    @Transactional(readOnly = true)
    public Worker worker(Actor actor, long contractId) {
        record Sealed(long recruiterId, String binding, byte[] key, byte[] personal) {
        }
        Sealed s = jdbc.sql("select recruiter_id, binding, wrapped_key, personal from recruitment_contract where id = ?")
                .param(contractId).query((rs, n) -> new Sealed(rs.getLong(1), rs.getString(2), rs.getBytes(3),
                        rs.getBytes(4))).optional().orElseThrow(() -> new NotFound("contract", contractId));
        if (!actsFor(actor, s.recruiterId())) {
            throw new AccessDenied("only the recruiter's own accounts and its licensing party see the worker");
        }
        return json.readValue(vault.openSealed(s.binding(), s.key(), s.personal()), Worker.class);
    }

    /** A destination declares its monthly minimum wage for a sector (its focal point or inspector). */
    @Transactional
    public void declareMinimumWage(Actor actor, String country, Sector sector, BigDecimal amount, String currency) {
        actor.requireAuthenticated();
        if (country == null || !RecruiterRegistry.isCountry(country)) {
            throw InvalidInput.coded("country", "must be an ISO 3166-1 alpha-3 country code", "recruitment.country");
        }
        if (!actor.hasRoleFor(new PartyCode(country), Role.INSPECTOR)
                && !actor.hasRoleFor(new PartyCode(country), Role.FOCAL_POINT)) {
            throw new AccessDenied("only the destination's focal point or inspectors declare its minimum wage");
        }
        List<InvalidInput> found = new ArrayList<>();
        if (sector == null) {
            found.add(InvalidInput.required("sector"));
        }
        if (amount == null || amount.signum() <= 0) {
            found.add(InvalidInput.positive("amount"));
        }
        String cur = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (cur == null || !RecruiterRegistry.isCurrency(cur)) {
            found.add(InvalidInput.coded("currency", "must be an ISO 4217 currency code", "recruitment.currency"));
        }
        InvalidInput.throwIfAny(found);
        jdbc.sql("delete from recruitment_minimum_wage where country = ? and sector = ?").params(country, sector.name())
                .update();
        jdbc.sql("insert into recruitment_minimum_wage (country, sector, amount, currency) values (?, ?, ?, ?)")
                .params(country, sector.name(), amount, cur).update();
        audit.record(new AuditEvent(actor, country, "minimum-wage.declared", "MinimumWage", country + "/" + sector,
                "monthly minimum wage of " + country + " for " + sector + ": " + amount + " " + cur));
    }

    private Optional<ContractRules.MinimumWage> minimumWage(String country, Sector sector) {
        return jdbc.sql("select amount, currency from recruitment_minimum_wage where country = ? and sector = ?")
                .params(country, sector.name())
                .query((rs, n) -> new ContractRules.MinimumWage(rs.getBigDecimal(1), rs.getString(2))).optional();
    }

    /**
     * SDG 10.7.1 per journey: for each contract with a wage, the recruitment costs the worker pays in the wage's
     * currency, as a share of one month's wage; the mean over the journey's contracts, in percent. Published where
     * at least 11 contracts make it.
     */
    @Transactional(readOnly = true)
    public List<Indicator> sdg1071() {
        Map<String, List<BigDecimal>> shares = new TreeMap<>();
        jdbc.sql("""
                select c.country_from, c.country_to, c.wage,
                    coalesce((select sum(k.amount) from recruitment_contract_cost k where k.contract_id = c.id
                        and k.paid_by = 'WORKER' and k.currency = c.currency), 0)
                from recruitment_contract c where c.wage is not null and c.wage > 0""")
                .query((rs, n) -> Map.entry(rs.getString(1) + "-" + rs.getString(2),
                        rs.getBigDecimal(4).divide(rs.getBigDecimal(3), 6, RoundingMode.HALF_UP)))
                .list().forEach(e -> shares.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Indicator> indicators = new ArrayList<>();
        shares.forEach((corridor, list) -> {
            boolean shown = SmallCounts.publishable(list.size()).isPresent();
            BigDecimal mean = list.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(list.size()), 6, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(100))
                    .setScale(1, RoundingMode.HALF_UP);
            indicators.add(new Indicator(corridor, shown ? (long) list.size() : null, shown ? mean : null));
        });
        return indicators;
    }

    private static String hash(String canonicalCode) {
        return Secrets.sha256("contract-verification\n" + canonicalCode);
    }

    private static String code(String typed, String field, List<InvalidInput> found) {
        String code = typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
        if (code == null || !RecruiterRegistry.isCountry(code)) {
            found.add(InvalidInput.coded(field, "must be an ISO 3166-1 alpha-3 country code", "recruitment.country"));
            return null;
        }
        return code;
    }

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private static Set<String> languages(List<String> typed, String field, List<InvalidInput> found) {
        Set<String> codes = new LinkedHashSet<>();
        if (typed == null || typed.isEmpty()) {
            found.add(InvalidInput.required(field));
            return codes;
        }
        for (String t : typed) {
            String code = t == null ? "" : t.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(code)) {
                found.add(InvalidInput.coded(field, "ISO 639-1 language codes", "recruitment.languages"));
                return codes;
            }
            codes.add(code);
        }
        return codes;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ContractRules.Terms terms(ResultSet rs) throws SQLException {
        Object hours = rs.getObject("hours_per_week");
        Object months = rs.getObject("duration_months");
        return new ContractRules.Terms(rs.getString("employer_name"), rs.getString("country_from"),
                rs.getString("country_to"), rs.getString("job_title"), rs.getString("isco"),
                Sector.valueOf(rs.getString("sector")), rs.getBigDecimal("wage"), rs.getString("currency"),
                hours == null ? null : ((Number) hours).intValue(), months == null ? null : ((Number) months).intValue(),
                rs.getString("accommodation"), new LinkedHashSet<>(List.of(rs.getString("languages").split(" "))),
                new LinkedHashSet<>(List.of(rs.getString("worker_languages").split(" "))),
                rs.getDate("signed_on").toLocalDate(), List.of());
    }
}
