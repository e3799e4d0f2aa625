package org.entente.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.entente.shared.Actor;
import org.entente.shared.Classification;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The red-line decision table, checked for every classification against every relation a viewer can have to a
 * record: 4 levels x 7 relations = 28 cases, each with the expected verdict and disclosure.
 */
class SharingPolicyTests {

    static final PartyCode OWNER = new PartyCode("OWN");
    static final PartyCode ON_RULE = new PartyCode("RUL");
    static final PartyCode RECIPIENT = new PartyCode("REC");
    static final PartyCode OUTSIDER = new PartyCode("OUT");

    record Record(PartyCode owner, Classification classification, DataKind dataKind, Set<PartyCode> recipients,
            String reference) implements Classified {
    }

    enum Relation {
        ANONYMOUS, NO_MEMBERSHIP, OUTSIDER, OWNER_MEMBER, RULE_PARTY, NAMED_RECIPIENT, RULE_PARTY_AND_RECIPIENT
    }

    enum Verdict { DENY, ALLOW, ALLOW_AND_LOG }

    static Actor viewer(Relation relation) {
        return switch (relation) {
            case ANONYMOUS -> Actor.anonymous();
            case NO_MEMBERSHIP -> Actor.user("lonely", List.of());
            case OUTSIDER -> member(OUTSIDER);
            case OWNER_MEMBER -> member(OWNER);
            case RULE_PARTY -> member(ON_RULE);
            case NAMED_RECIPIENT -> member(RECIPIENT);
            case RULE_PARTY_AND_RECIPIENT -> Actor.user("both", List.of(
                    new Actor.Membership(ON_RULE, Set.of(Role.FOCAL_POINT)),
                    new Actor.Membership(RECIPIENT, Set.of(Role.FOCAL_POINT))));
        };
    }

    static Actor member(PartyCode party) {
        return Actor.user("someone", List.of(new Actor.Membership(party, Set.of(Role.FOCAL_POINT))));
    }

    static Stream<Arguments> table() {
        Verdict[][] expected = {
                // ANON  NO_MEM  OUTSIDER OWNER  RULE  RECIPIENT  RULE+RECIPIENT
                {Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW},
                {Verdict.DENY, Verdict.DENY, Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW},
                {Verdict.DENY, Verdict.DENY, Verdict.DENY, Verdict.ALLOW, Verdict.ALLOW_AND_LOG, Verdict.DENY, Verdict.ALLOW_AND_LOG},
                {Verdict.DENY, Verdict.DENY, Verdict.DENY, Verdict.ALLOW, Verdict.DENY, Verdict.ALLOW_AND_LOG, Verdict.ALLOW_AND_LOG},
        };
        List<Arguments> cases = new ArrayList<>();
        for (Classification level : Classification.values()) {
            for (Relation relation : Relation.values()) {
                cases.add(Arguments.of(level, relation, expected[level.ordinal()][relation.ordinal()]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} record, {1} viewer: {2}")
    @MethodSource("table")
    void decidesEveryLevelForEveryRelation(Classification level, Relation relation, Verdict verdict) {
        Record record = new Record(OWNER, level, DataKind.SITUATION_REPORT, Set.of(RECIPIENT), "sitrep/1");
        SharingPolicy.Decision decision = SharingPolicy.decide(viewer(relation), record, Set.of(ON_RULE));

        assertThat(decision.allowed()).isEqualTo(verdict != Verdict.DENY);
        assertThat(decision.isDisclosure()).isEqualTo(verdict == Verdict.ALLOW_AND_LOG);
    }

    @Test
    void disclosureIsAttributedToTheViewersAdmittedParty() {
        Record restricted = new Record(OWNER, Classification.RESTRICTED, DataKind.STOCK_LEVEL, Set.of(), "stock/7");
        Actor twoHats = Actor.user("two", List.of(new Actor.Membership(OUTSIDER, Set.of(Role.MONITOR)),
                new Actor.Membership(ON_RULE, Set.of(Role.MONITOR))));

        assertThat(SharingPolicy.decide(twoHats, restricted, Set.of(ON_RULE)).disclosedTo()).contains(ON_RULE);
    }

    @Test
    void noRoleOverridesARedLine() {
        Record restricted = new Record(OWNER, Classification.RESTRICTED, DataKind.FINANCE, Set.of(), "fin/1");
        Actor admin = Actor.user("root", List.of(new Actor.Membership(OUTSIDER, Set.of(Role.ADMIN, Role.SECRETARIAT,
                Role.AUDITOR))));

        assertThat(SharingPolicy.decide(admin, restricted, Set.of()).allowed()).isFalse();
    }

    @Test
    void anEmptyRuleSharesRestrictedDataWithNobody() {
        Record restricted = new Record(OWNER, Classification.RESTRICTED, DataKind.ROSTER, Set.of(), "roster/1");

        assertThat(SharingPolicy.decide(member(ON_RULE), restricted, Set.of()).allowed()).isFalse();
        assertThat(SharingPolicy.decide(member(OWNER), restricted, Set.of()).allowed()).isTrue();
    }
}
