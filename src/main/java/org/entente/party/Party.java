package org.entente.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A party to compacts and crisis arrangements. Its code never changes once registered; every other field is
 * revised through {@link #revise}. Optimistic locking on {@code version} turns a lost update into a conflict.
 */
@Table("party")
public final class Party {

    @Id
    private String code;
    private PartyKind kind;
    private String name;
    private String shortName;
    private String region;
    private String workingLanguages;
    private String interests;
    private Influence influence;
    @MappedCollection(idColumn = "party_code", keyColumn = "list_index")
    private List<FocalPoint> focalPoints = new ArrayList<>();
    @Version
    private Long version;
    private Instant registeredAt;
    private Instant updatedAt;

    @PersistenceCreator
    Party() {
    }

    static Party register(PartyCode code, PartyKind kind, PartyDetails details, Instant now) {
        if (kind == null) {
            throw InvalidInput.required("kind");
        }
        CountryCodes.check(kind, code);
        Party party = new Party();
        party.code = code.value();
        party.kind = kind;
        party.registeredAt = now;
        party.apply(details, now);
        return party;
    }

    /** A party as stored, for a read that loads many at once ({@link PartyRows}). */
    static Party restore(String code, PartyKind kind, String name, String shortName, String region,
            String workingLanguages, String interests, Influence influence, List<FocalPoint> focalPoints, Long version,
            Instant registeredAt, Instant updatedAt) {
        Party party = new Party();
        party.code = code;
        party.kind = kind;
        party.name = name;
        party.shortName = shortName;
        party.region = region;
        party.workingLanguages = workingLanguages;
        party.interests = interests;
        party.influence = influence;
        party.focalPoints = new ArrayList<>(focalPoints);
        party.version = version;
        party.registeredAt = registeredAt;
        party.updatedAt = updatedAt;
        return party;
    }

    void revise(PartyDetails details, Instant now) {
        apply(details, now);
    }

    void confirmFocalPoint(int index, LocalDate today, Instant now) {
        if (index < 0 || index >= focalPoints.size()) {
            throw new InvalidInput("index", "no focal point at position " + index);
        }
        focalPoints.set(index, focalPoints.get(index).confirmedOn(today));
        updatedAt = now;
    }

    private void apply(PartyDetails details, Instant now) {
        name = details.name();
        shortName = details.shortName();
        region = details.region();
        workingLanguages = String.join(" ", details.workingLanguages());
        interests = details.interests();
        influence = details.influence();
        focalPoints = new ArrayList<>(details.focalPoints());
        updatedAt = now;
    }

    /** Guards a write against a version the caller read earlier. */
    void expectVersion(Long expected) {
        if (expected != null && !expected.equals(version)) {
            throw new org.entente.shared.Conflict("party " + code + " was changed since version " + expected
                    + "; reload it and apply your change again");
        }
    }

    public PartyCode code() {
        return new PartyCode(code);
    }

    public PartyKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public String region() {
        return region;
    }

    public List<String> workingLanguages() {
        return workingLanguages == null || workingLanguages.isEmpty() ? List.of() : Arrays.asList(workingLanguages.split(" "));
    }

    public String interests() {
        return interests;
    }

    public Influence influence() {
        return influence;
    }

    public List<FocalPoint> focalPoints() {
        return List.copyOf(focalPoints);
    }

    public Long version() {
        return version;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public PartyDetails details() {
        return new PartyDetails(name, shortName, region, workingLanguages(), interests, influence, focalPoints());
    }
}
