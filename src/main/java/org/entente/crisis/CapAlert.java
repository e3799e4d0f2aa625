package org.entente.crisis;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.shared.Classification;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.sharing.Classified;
import org.entente.sharing.DataKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A CAP 1.2 alert message issued for a crisis. Messages are never changed: an update or a cancellation is a new
 * message that references the one it replaces, as CAP requires.
 */
@Table("cap_alert")
public final class CapAlert implements Classified {

    @Id
    private Long id;
    private Long crisis;
    private String issuer;
    private String identifier;
    private String sender;
    private Instant sent;
    private Cap.Status status;
    private Cap.MsgType msgType;
    private Cap.Scope scope;
    private String note;
    private String refs;
    @MappedCollection(idColumn = "cap_alert", keyColumn = "list_index")
    private List<AlertInfo> infos = new ArrayList<>();

    @PersistenceCreator
    CapAlert() {
    }

    static CapAlert issue(Long crisis, PartyCode issuer, String identifier, String sender, Cap.Status status,
            Cap.MsgType type, Cap.Scope scope, String note, String references, List<AlertInfo> infos, Instant now) {
        if (status == null) {
            throw new InvalidInput("status", "is required: ACTUAL, EXERCISE, SYSTEM, TEST or DRAFT");
        }
        if (scope == null) {
            throw new InvalidInput("scope", "is required: PUBLIC or RESTRICTED");
        }
        if (infos == null || infos.isEmpty()) {
            throw new InvalidInput("infos", "give the alert in at least one language");
        }
        if (infos.stream().map(AlertInfo::language).distinct().count() != infos.size()) {
            throw new InvalidInput("infos", "one info block per language");
        }
        if (note != null && note.length() > 1000) {
            throw InvalidInput.tooLong("note", 1000);
        }
        CapAlert alert = new CapAlert();
        alert.crisis = crisis;
        alert.issuer = issuer.value();
        alert.identifier = identifier;
        alert.sender = sender;
        // CAP times carry whole seconds and an explicit offset.
        alert.sent = now.truncatedTo(ChronoUnit.SECONDS);
        alert.status = status;
        alert.msgType = type;
        alert.scope = scope;
        alert.note = note == null || note.isBlank() ? null : note.strip();
        alert.refs = references;
        alert.infos = new ArrayList<>(infos);
        return alert;
    }

    /** This message as CAP cites it in a later message's references: sender,identifier,sent. */
    String citation() {
        return sender + "," + identifier + "," + CapXml.time(sent);
    }

    public Long id() { return id; }
    Long crisis() { return crisis; }
    public PartyCode issuer() { return new PartyCode(issuer); }
    public String identifier() { return identifier; }
    public String sender() { return sender; }
    public Instant sent() { return sent; }
    public Cap.Status status() { return status; }
    public Cap.MsgType msgType() { return msgType; }
    public Cap.Scope scope() { return scope; }
    public String note() { return note; }
    public String references() { return refs; }
    public List<AlertInfo> infos() { return List.copyOf(infos); }

    @Override
    public PartyCode owner() {
        return issuer();
    }

    @Override
    public Classification classification() {
        return scope == Cap.Scope.PUBLIC ? Classification.PUBLIC : Classification.PARTNERS;
    }

    @Override
    public DataKind dataKind() {
        return DataKind.CRISIS;
    }

    @Override
    public Set<PartyCode> recipients() {
        return Set.of();
    }

    @Override
    public String reference() {
        return "alert/" + identifier;
    }
}
