package org.entente.mobility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which periods count where: the worker's months of contributions in each party, a benefit, the parties' schemes
 * (the months each needs) and the agreements between them. For each party where the worker contributed, its scheme
 * counts its own months and, where an agreement between the two parties totalises that benefit, the other party's
 * months too; the worker qualifies when the months counted reach the scheme's minimum, and the party then pays its
 * share pro rata (its own months over the months counted), abroad if the agreement exports the benefit. Every step is
 * said as a message key with its arguments, so a worker can follow it in their language. Plain Java, no Spring.
 */
public final class Totalisation {

    /** Months of contributions in a party. */
    public record Period(String party, int months) {
    }

    /** A party's scheme for the benefit: the months it needs. */
    public record Scheme(String party, int minimumMonths) {
    }

    /** An agreement between two parties for the benefit. */
    public record Agreement(String partyA, String partyB, boolean totalisation, boolean export) {
        boolean between(String x, String y) {
            return (partyA.equals(x) && partyB.equals(y)) || (partyA.equals(y) && partyB.equals(x));
        }
    }

    /** One step of the explanation: a message key and its arguments. */
    public record Step(String key, List<Object> args) {
    }

    /** What one party's scheme gives. */
    public record Outcome(String party, int ownMonths, int countedMonths, Integer minimumMonths, boolean qualifies,
            BigDecimal share, boolean paidAbroad, List<Step> steps) {
    }

    private Totalisation() {
    }

    public static List<Outcome> calculate(List<Period> periods, List<Scheme> schemes, List<Agreement> agreements) {
        Map<String, Integer> months = new LinkedHashMap<>();
        periods.forEach(p -> months.merge(p.party(), p.months(), Integer::sum));
        List<Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, Integer> own : months.entrySet()) {
            String party = own.getKey();
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("mobility.step.own", List.of(party, own.getValue())));
            Optional<Scheme> scheme = schemes.stream().filter(s -> s.party().equals(party)).findFirst();
            if (scheme.isEmpty()) {
                steps.add(new Step("mobility.step.noScheme", List.of(party)));
                outcomes.add(new Outcome(party, own.getValue(), own.getValue(), null, false, null, false, steps));
                continue;
            }
            int counted = own.getValue();
            boolean paidAbroad = false;
            for (Map.Entry<String, Integer> other : months.entrySet()) {
                if (other.getKey().equals(party)) {
                    continue;
                }
                Optional<Agreement> agreement = agreements.stream().filter(a -> a.between(party, other.getKey()))
                        .findFirst();
                if (agreement.isPresent() && agreement.get().totalisation()) {
                    counted += other.getValue();
                    steps.add(new Step("mobility.step.totalised", List.of(other.getKey(), other.getValue(), party)));
                } else {
                    steps.add(new Step("mobility.step.notTotalised", List.of(other.getKey(), other.getValue(), party)));
                }
                paidAbroad |= agreement.isPresent() && agreement.get().export();
            }
            int minimum = scheme.get().minimumMonths();
            boolean qualifies = counted >= minimum;
            steps.add(new Step(qualifies ? "mobility.step.qualifies" : "mobility.step.short",
                    List.of(counted, minimum, Math.max(0, minimum - counted))));
            BigDecimal share = null;
            if (qualifies) {
                share = BigDecimal.valueOf(own.getValue()).divide(BigDecimal.valueOf(counted), 4, RoundingMode.HALF_UP);
                steps.add(new Step("mobility.step.proRata", List.of(own.getValue(), counted,
                        share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP))));
                steps.add(new Step(paidAbroad ? "mobility.step.exported" : "mobility.step.notExported",
                        List.of(party)));
            }
            outcomes.add(new Outcome(party, own.getValue(), counted, minimum, qualifies, share, qualifies && paidAbroad,
                    steps));
        }
        return outcomes;
    }
}
