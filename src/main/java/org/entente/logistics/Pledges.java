package org.entente.logistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.crisis.CrisisRoom;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mutual-aid pledges for a crisis: a party offers a quantity of a commodity, either FROM_STOCK it already holds at a
 * warehouse, or TO_PROCURE and deliver by a date. The pledging party's focal point or logistics officer makes,
 * fulfils or withdraws it (see {@link #mayFulfil} for goods received at a warehouse); logged-in users who see the
 * crisis read them.
 * <p>
 * A pledge to procure that names the warehouse the goods will arrive at is offered to the crisis's allocation plans as
 * stock available from its date, in a lot named {@link Pledge#lotOf(long) PLEDGE-id} owned by the pledging party. An
 * approved plan reserves on the pledge what it draws on; fulfilling the pledge, which the warehouse's operator does
 * as for any receipt, posts the receipt of that lot at the warehouse and carries the reservation over to it, so that the plan's shipments can then be dispatched. A pledge
 * that approved plans hold cannot be withdrawn.
 */
@Service
public class Pledges {

    /** What an open pledge to procure offers plans: its free quantity at the warehouse, from the start of its date. */
    record Offered(String warehouse, String commodity, String lot, String party, double quantity,
            LocalDate availableBy) {
    }

    private final PledgeStore store;
    private final CrisisRoom crises;
    private final Catalogue catalogue;
    private final LogisticsNetwork network;
    private final AuditTrail audit;
    private final Clock clock;
    private final StockCards stock;

    Pledges(PledgeStore store, CrisisRoom crises, Catalogue catalogue, LogisticsNetwork network, AuditTrail audit,
            Clock clock, StockCards stock) {
        this.store = store;
        this.stock = stock;
        this.crises = crises;
        this.catalogue = catalogue;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Pledge pledge(Actor actor, long crisisId, Pledge.Offer o) {
        var crisis = crises.get(actor, crisisId);
        if (o == null || o.party() == null) {
            throw new InvalidInput("party", "is required: the party that pledges");
        }
        PartyCode party = PartyCode.of(o.party());
        requireKeeper(actor, party);
        if (!crisis.isActive()) {
            throw new Conflict("crisis " + crisis.code() + " is closed");
        }
        Commodity c = catalogue.find(o.commodity() == null ? "" : o.commodity())
                .orElseThrow(() -> new InvalidInput("commodity", "no commodity with code " + o.commodity()));
        if (o.kind() == Pledge.Kind.FROM_STOCK || o.warehouse() != null) {
            // From stock, the warehouse that holds it; to procure, optionally the one the goods will arrive at.
            requireHolder(o.warehouse(), o.kind() == null ? Pledge.Kind.FROM_STOCK : o.kind());
        }
        Instant now = clock.instant();
        Pledge made = store.save(Pledge.make(crisisId, party, c, o, LocalDate.ofInstant(now, ZoneOffset.UTC), now,
                actor.username()));
        audit.record(new AuditEvent(actor, party.value(), "pledge.made", "Pledge", String.valueOf(made.id()),
                party + " pledged " + StockCards.fmt(made.quantity()) + " " + c.unit() + "(s), " + made.kind()
                        + ", for crisis #" + crisisId));
        return made;
    }

    /** The pledging party marks its pledge fulfilled (delivered) or withdraws it. */
    @Transactional
    public Pledge close(Actor actor, long id, Pledge.Status to) {
        return close(actor, id, to, null);
    }

    /**
     * The same; fulfilling a pledge to procure that names a warehouse receives the goods there, as lot
     * {@link Pledge#lotOf(long) PLEDGE-id} (expiring on the date given, if any), and carries over what approved plans
     * reserved of it. A pledge that approved plans hold is not withdrawn.
     */
    @Transactional
    public Pledge close(Actor actor, long id, Pledge.Status to, LocalDate expiresOn) {
        // Locked from here: an approval reserving on the pledge waits, then finds it closed.
        Pledge p = store.findLockedById(id).orElseThrow(() -> new NotFound("pledge", id));
        crises.get(actor, p.crisis());
        if (to != Pledge.Status.FULFILLED && to != Pledge.Status.WITHDRAWN) {
            throw new InvalidInput("status", "FULFILLED or WITHDRAWN");
        }
        if (to == Pledge.Status.FULFILLED && !mayFulfil(actor, p)) {
            throw new AccessDenied(p.isReceivedAtWarehouse()
                    ? "only " + network.node(p.warehouse()).party() + "'s logistics officer receives goods at "
                            + p.warehouse() + " and so marks this pledge fulfilled"
                    : "only " + p.party() + "'s focal point or logistics officer marks its pledge fulfilled");
        }
        if (to == Pledge.Status.WITHDRAWN && !mayWithdraw(actor, p)) {
            throw new AccessDenied("only " + p.party() + "'s focal point or logistics officer withdraws its pledge");
        }
        boolean received = to == Pledge.Status.FULFILLED && p.isReceivedAtWarehouse();
        if (to == Pledge.Status.WITHDRAWN) {
            p.withdraw();
        } else {
            double carried = p.fulfil();
            if (received) {
                stock.receiveReserved(p.warehouse(), p.commodity(), Pledge.lotOf(id), p.party(), p.quantity(), carried,
                        expiresOn, "pledge #" + id + " fulfilled", actor.username());
            }
        }
        Pledge saved = store.save(p);
        audit.record(new AuditEvent(actor, p.party(), "pledge." + to.name().toLowerCase(java.util.Locale.ROOT), "Pledge",
                String.valueOf(id), "pledge #" + id + " " + to.name().toLowerCase(java.util.Locale.ROOT)
                        + (received ? ", its goods received at " + p.warehouse() + " as lot " + Pledge.lotOf(id) : "")));
        return saved;
    }

    /**
     * The pledging party names (or, while no approved plan holds the pledge, changes) the warehouse the goods of a pledge
     * to procure will arrive at: from then on the crisis's plans count them there. A plan proposed before the change
     * no longer matches the pledge, and its approval is refused as for any stock that has moved.
     */
    @Transactional
    public Pledge destine(Actor actor, long id, String warehouse) {
        // Locked from here: an approval reserving on the pledge waits, then finds the new warehouse.
        Pledge p = store.findLockedById(id).orElseThrow(() -> new NotFound("pledge", id));
        var crisis = crises.get(actor, p.crisis());
        if (!mayWithdraw(actor, p)) {
            throw new AccessDenied("only " + p.party() + "'s focal point or logistics officer names where its goods arrive");
        }
        if (!crisis.isActive()) {
            throw new Conflict("crisis " + crisis.code() + " is closed");
        }
        String before = p.warehouse();
        if (p.kind() == Pledge.Kind.TO_PROCURE) {
            p.destine(requireHolder(warehouse, Pledge.Kind.TO_PROCURE).code());
        } else {
            p.destine(warehouse);
        }
        Pledge saved = store.save(p);
        audit.record(new AuditEvent(actor, p.party(), "pledge.destined", "Pledge", String.valueOf(id),
                "pledge #" + id + " to arrive at " + saved.warehouse() + (before == null ? "" : " instead of " + before)));
        return saved;
    }

    /** A node that holds stock, by its code: where pledged stock is, or where procured goods arrive. */
    private LogisticsNode requireHolder(String code, Pledge.Kind kind) {
        LogisticsNode at = network.findNode(code == null ? "" : code)
                .orElseThrow(() -> new InvalidInput("warehouse", kind == Pledge.Kind.FROM_STOCK
                        ? "name the warehouse that holds the pledged stock"
                        : code == null || code.isBlank() ? "name the warehouse the goods will arrive at"
                                : "no warehouse with code " + code + " for the goods to arrive at"));
        if (at.kind() == org.entente.allocation.Instance.NodeKind.DELIVERY_POINT
                || at.kind() == org.entente.allocation.Instance.NodeKind.BORDER_CROSSING) {
            throw new InvalidInput("warehouse", code + " does not hold stock");
        }
        return at;
    }

    @Transactional(readOnly = true)
    public List<Pledge> ofCrisis(Actor actor, long crisisId) {
        actor.requireAuthenticated();
        crises.get(actor, crisisId);
        return store.findByCrisisOrderByCreatedAtDescIdDesc(crisisId);
    }

    Pledge get(long id) {
        return store.findById(id).orElseThrow(() -> new NotFound("pledge", id));
    }

    /**
     * Who marks a pledge fulfilled: the pledging party's focal point or logistics officer; but goods procured for a
     * named warehouse go on its stock card, so there only the logistics officer of the party that operates it, who
     * counts them in, as for any receipt.
     */
    boolean mayFulfil(Actor actor, Pledge p) {
        if (p.isReceivedAtWarehouse()) {
            return actor.hasRoleFor(network.node(p.warehouse()).party(), Role.LOGISTICS_OFFICER);
        }
        return isKeeper(actor, new PartyCode(p.party()));
    }

    /** The pledging party withdraws a pledge (while it is open and no approved plan holds it). */
    boolean mayWithdraw(Actor actor, Pledge p) {
        return isKeeper(actor, new PartyCode(p.party()));
    }

    /** What the page offers: a pledge still open, to those who may close it so. */
    public boolean offersFulfilment(Actor actor, Pledge p) {
        return p.status() == Pledge.Status.PLEDGED && mayFulfil(actor, p);
    }

    /** A pledge to procure still open and not held by a plan, to its party: it may name where the goods arrive. */
    public boolean offersDestination(Actor actor, Pledge p) {
        return p.kind() == Pledge.Kind.TO_PROCURE && p.status() == Pledge.Status.PLEDGED && !p.isHeld()
                && mayWithdraw(actor, p);
    }

    public boolean offersWithdrawal(Actor actor, Pledge p) {
        return p.status() == Pledge.Status.PLEDGED && !p.isHeld() && mayWithdraw(actor, p);
    }

    /** The open pledges to procure of a crisis that name a warehouse, with what approved plans have not yet taken. */
    List<Offered> offeredTo(long crisisId) {
        return store.findByCrisisAndKindAndStatusAndWarehouseIsNotNullOrderById(crisisId, Pledge.Kind.TO_PROCURE,
                        Pledge.Status.PLEDGED).stream()
                .filter(p -> p.free() > 0.000001)
                .map(p -> new Offered(p.warehouse(), p.commodity(), Pledge.lotOf(p.id()), p.party(), p.free(),
                        p.availableBy()))
                .toList();
    }

    /**
     * Reserves, for an approved plan, a quantity of the pledge a lot stands for, while its goods are not yet received;
     * false if the lot is no open pledge's. A pledge without enough left free is a conflict: the caller's transaction
     * rolls back every reservation it made.
     */
    boolean reserve(String lot, String warehouse, String commodity, String owner, double quantity) {
        OptionalLong id = Pledge.pledgeOf(lot);
        if (id.isEmpty()) {
            return false;
        }
        Optional<Pledge> open = store.findLockedById(id.getAsLong()).filter(p -> p.status() == Pledge.Status.PLEDGED);
        if (open.isEmpty()) {
            return false;
        }
        Pledge p = open.get();
        p.reserve(quantity, warehouse, commodity, owner);
        store.save(p);
        return true;
    }

    /** Gives back what a cancelled shipment had reserved of a pledge whose goods are not yet received. */
    void release(String lot, double quantity) {
        Pledge.pledgeOf(lot).ifPresent(id -> store.findLockedById(id).filter(p -> p.status() == Pledge.Status.PLEDGED)
                .ifPresent(p -> {
                    p.release(quantity);
                    store.save(p);
                }));
    }

    /** The open pledge a lot stands for, whose goods are still awaited, if it is one's. */
    Optional<Pledge> awaited(String lot) {
        OptionalLong id = Pledge.pledgeOf(lot);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return store.findById(id.getAsLong()).filter(p -> p.status() == Pledge.Status.PLEDGED);
    }

    private static boolean isKeeper(Actor actor, PartyCode party) {
        return actor.hasRoleFor(party, Role.FOCAL_POINT) || actor.hasRoleFor(party, Role.LOGISTICS_OFFICER);
    }

    private static void requireKeeper(Actor actor, PartyCode party) {
        if (!isKeeper(actor, party)) {
            throw new AccessDenied("only " + party + "'s focal point or logistics officer pledges for it");
        }
    }
}
