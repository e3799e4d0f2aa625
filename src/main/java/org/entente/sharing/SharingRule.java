package org.entente.sharing;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An owner party's red line for one kind of data: the parties that may read its RESTRICTED records of that kind. */
@Table("sharing_rule")
public final class SharingRule {

    @Id
    private Long id;
    private String ownerParty;
    private DataKind dataKind;
    @MappedCollection(idColumn = "sharing_rule")
    private Set<SharedWith> parties = new HashSet<>();
    @Version
    private Long version;
    private Instant updatedAt;

    @PersistenceCreator
    SharingRule() {
    }

    static SharingRule open(PartyCode owner, DataKind kind) {
        SharingRule rule = new SharingRule();
        rule.ownerParty = owner.value();
        rule.dataKind = kind;
        return rule;
    }

    void shareWith(Set<PartyCode> admitted, Instant now) {
        if (admitted.contains(owner())) {
            throw new InvalidInput("parties", "the owner always sees its own data; do not list it");
        }
        parties = admitted.stream().map(p -> new SharedWith(p.value())).collect(Collectors.toCollection(HashSet::new));
        updatedAt = now;
    }

    public PartyCode owner() {
        return new PartyCode(ownerParty);
    }

    public DataKind dataKind() {
        return dataKind;
    }

    public Set<PartyCode> parties() {
        return parties.stream().map(p -> new PartyCode(p.partyCode())).collect(Collectors.toCollection(TreeSet::new));
    }

    public Long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
