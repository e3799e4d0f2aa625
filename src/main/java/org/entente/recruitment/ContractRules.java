package org.entente.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules every registered contract is checked against, each a small named object, all listed in {@link #ALL}.
 * Each gives a clear result: met, violated (with what), or not checked (nothing to check it against).
 */
public final class ContractRules {

    /** What a rule reads: the contract's terms, and what the registry knows on its signing date. */
    public record Facts(Terms terms, Standing recruiterStanding, Optional<MinimumWage> minimumWage) {
    }

    /** A destination's declared minimum wage for a sector, per month. */
    public record MinimumWage(BigDecimal amount, String currency) {
    }

    /** One rule's result. */
    public record Result(String rule, RuleOutcome outcome, String detail) {
        static Result met(String rule) {
            return new Result(rule, RuleOutcome.MET, null);
        }

        static Result violated(String rule, String detail) {
            return new Result(rule, RuleOutcome.VIOLATED, detail);
        }

        static Result notChecked(String rule, String detail) {
            return new Result(rule, RuleOutcome.NOT_CHECKED, detail);
        }
    }

    /** A rule: a name (its message key's last part) and a check. */
    public interface Rule {
        String name();

        Result check(Facts facts);
    }

    /** Any recruitment fee or related cost charged to the worker: a violation, not a warning (ILO, employer pays). */
    static final Rule NO_COST_TO_WORKER = new Rule() {
        public String name() {
            return "NO_COST_TO_WORKER";
        }

        public Result check(Facts f) {
            List<String> charged = f.terms().costs().stream().filter(c -> c.paidBy() == Payer.WORKER)
                    .map(c -> c.kind() + " " + c.amount().toPlainString() + " " + c.currency()).toList();
            return charged.isEmpty() ? Result.met(name()) : Result.violated(name(), String.join(", ", charged));
        }
    };

    /** The contract is in at least one language the worker reads. */
    static final Rule IN_A_LANGUAGE_THE_WORKER_READS = new Rule() {
        public String name() {
            return "IN_A_LANGUAGE_THE_WORKER_READS";
        }

        public Result check(Facts f) {
            boolean shared = f.terms().languages().stream().anyMatch(f.terms().workerLanguages()::contains);
            return shared ? Result.met(name()) : Result.violated(name(), String.join(" ", f.terms().languages())
                    + " / " + String.join(" ", f.terms().workerLanguages()));
        }
    };

    /** The wage is at least the destination's declared minimum for the sector (same currency, per month). */
    static final Rule AT_LEAST_THE_MINIMUM_WAGE = new Rule() {
        public String name() {
            return "AT_LEAST_THE_MINIMUM_WAGE";
        }

        public Result check(Facts f) {
            if (f.minimumWage().isEmpty() || f.terms().wage() == null) {
                return Result.notChecked(name(), f.terms().wage() == null ? "no wage" : "no minimum declared");
            }
            MinimumWage minimum = f.minimumWage().get();
            if (!minimum.currency().equals(f.terms().currency())) {
                return Result.notChecked(name(), "minimum in " + minimum.currency());
            }
            return f.terms().wage().compareTo(minimum.amount()) >= 0 ? Result.met(name())
                    : Result.violated(name(), f.terms().wage().toPlainString() + " < " + minimum.amount().toPlainString()
                            + " " + minimum.currency());
        }
    };

    /** The terms a contract must state: job, wage and currency, hours, duration, accommodation. */
    static final Rule MANDATORY_TERMS = new Rule() {
        public String name() {
            return "MANDATORY_TERMS";
        }

        public Result check(Facts f) {
            Terms t = f.terms();
            List<String> missing = new ArrayList<>();
            if (t.jobTitle() == null) {
                missing.add("jobTitle");
            }
            if (t.wage() == null || t.currency() == null) {
                missing.add("wage");
            }
            if (t.hoursPerWeek() == null) {
                missing.add("hoursPerWeek");
            }
            if (t.durationMonths() == null) {
                missing.add("durationMonths");
            }
            if (t.accommodation() == null) {
                missing.add("accommodation");
            }
            return missing.isEmpty() ? Result.met(name()) : Result.violated(name(), String.join(", ", missing));
        }
    };

    /** The recruiter was licensed for the corridor on the signing date. */
    static final Rule RECRUITER_LICENSED = new Rule() {
        public String name() {
            return "RECRUITER_LICENSED";
        }

        public Result check(Facts f) {
            return f.recruiterStanding().mayRecruit() ? Result.met(name())
                    : Result.violated(name(), f.recruiterStanding().name());
        }
    };

    /** Every rule, in the order results are shown. */
    public static final List<Rule> ALL = List.of(NO_COST_TO_WORKER, IN_A_LANGUAGE_THE_WORKER_READS,
            AT_LEAST_THE_MINIMUM_WAGE, MANDATORY_TERMS, RECRUITER_LICENSED);

    private ContractRules() {
    }

    public static List<Result> check(Facts facts) {
        return ALL.stream().map(r -> r.check(facts)).toList();
    }

    /** The terms as registered, which the rules read and the verification code shows. */
    public record Terms(String employerName, String countryFrom, String countryTo, String jobTitle, String isco,
            Sector sector, BigDecimal wage, String currency, Integer hoursPerWeek, Integer durationMonths,
            String accommodation, Set<String> languages, Set<String> workerLanguages, LocalDate signedOn,
            List<Cost> costs) {
    }

    /** A recruitment cost and who pays it. */
    public record Cost(CostKind kind, BigDecimal amount, String currency, Payer paidBy) {
    }
}
