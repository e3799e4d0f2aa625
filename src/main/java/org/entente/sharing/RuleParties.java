package org.entente.sharing;

import java.util.LinkedHashSet;
import java.util.Set;

import org.entente.shared.PartyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The parties an owner's red line admits for one kind of data, in one fixed query: every red-lined read asks it for
 * each owner among the records it shows, and loading the rule as an aggregate cost two generated queries and their
 * mapping each time. An owner with no rule admits no one beyond what the classification allows.
 */
@Repository
class RuleParties {

    private final JdbcClient jdbc;

    RuleParties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<PartyCode> of(PartyCode owner, DataKind kind) {
        Set<PartyCode> admitted = new LinkedHashSet<>();
        jdbc.sql("""
                select p.party_code from sharing_rule r join sharing_rule_party p on p.sharing_rule = r.id
                where r.owner_party = ? and r.data_kind = ? order by p.party_code""")
                .params(owner.value(), kind.name())
                .query(rs -> {
                    admitted.add(new PartyCode(rs.getString(1)));
                });
        return Set.copyOf(admitted);
    }
}
