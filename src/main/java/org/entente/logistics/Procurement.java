package org.entente.logistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.party.PartyDirectory;
import org.entente.shared.AccessDenied;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;
import org.entente.shared.NotFound;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint procurement: a buyer party opens a tender on behalf of the participating parties, records the bids it
 * receives until the tender closes, and awards one after it has closed. Every tender is published as an Open
 * Contracting Data Standard (OCDS 1.1) release package, so that anyone can follow how pooled money was spent.
 */
@Service
public class Procurement {

    @Labelled("tender.status")
    public enum Status { OPEN, AWARDED }

    public record Tender(long id, String buyer, String title, String commodity, double quantity, String deliveryTo,
            Instant closesAt, Status status, List<String> participants, Long awardedBid, Instant createdAt,
            Instant awardedAt, List<Bid> bids) {
    }

    public record Bid(long id, String supplier, double unitPrice, String currency, LocalDate deliveryBy,
            Instant receivedAt) {
    }

    public record Call(String buyer, String title, String commodity, Double quantity, String deliveryTo,
            Instant closesAt, List<String> participants) {
    }

    public record Offer(String supplier, Double unitPrice, String currency, LocalDate deliveryBy) {
    }

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final LogisticsNetwork network;
    private final PartyDirectory parties;
    private final AuditTrail audit;
    private final Clock clock;

    Procurement(JdbcClient jdbc, Catalogue catalogue, LogisticsNetwork network, PartyDirectory parties, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.network = network;
        this.parties = parties;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Tender open(Actor actor, Call call) {
        if (call == null || call.buyer() == null) {
            throw new InvalidInput("buyer", "is required: the party that buys for the others");
        }
        PartyCode buyer = PartyCode.of(call.buyer());
        requireBuyer(actor, buyer);
        if (call.title() == null || call.title().isBlank() || call.title().length() > 200) {
            throw InvalidInput.requiredAtMost("title", 200);
        }
        Commodity c = catalogue.find(call.commodity() == null ? "" : call.commodity())
                .orElseThrow(() -> new InvalidInput("commodity", "no commodity with code " + call.commodity()));
        if (call.quantity() == null || !(call.quantity() > 0) || !Double.isFinite(call.quantity())) {
            throw InvalidInput.positive("quantity");
        }
        network.findNode(call.deliveryTo() == null ? "" : call.deliveryTo())
                .orElseThrow(() -> new InvalidInput("deliveryTo", "no node with code " + call.deliveryTo()));
        if (call.closesAt() == null || !call.closesAt().isAfter(clock.instant())) {
            throw new InvalidInput("closesAt", "is required, and in the future");
        }
        Set<String> participants = new LinkedHashSet<>(List.of(buyer.value()));
        List<String> named = call.participants() == null ? List.of() : call.participants();
        for (int i = 0; i < named.size(); i++) {
            PartyCode p;
            try {
                p = PartyCode.of(named.get(i));
            } catch (InvalidInput e) {
                throw new InvalidInput("participants[" + i + "]", "not a party code");
            }
            if (!parties.exists(p)) {
                throw new InvalidInput("participants[" + i + "]", "no party with code " + p);
            }
            participants.add(p.value());
        }
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into tender (buyer, title, commodity, quantity, delivery_to, closes_at, status, participants,
                    created_at, created_by, version) values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, 0)""")
                .params(buyer.value(), call.title().strip(), c.code(), call.quantity(), call.deliveryTo(),
                        Timestamp.from(call.closesAt()), String.join(" ", participants), Timestamp.from(clock.instant()),
                        actor.username())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(new AuditEvent(actor, buyer.value(), "tender.opened", "Tender", String.valueOf(id),
                "opened a joint tender for " + participants.size() + " party(ies)"));
        return get(id);
    }

    /** The buyer records a bid it received, until the tender closes. */
    @Transactional
    public Tender bid(Actor actor, long tenderId, Offer offer) {
        Tender t = get(tenderId);
        requireBuyer(actor, new PartyCode(t.buyer()));
        if (t.status() != Status.OPEN || !clock.instant().isBefore(t.closesAt())) {
            throw new Conflict("tender #" + tenderId + " no longer takes bids");
        }
        if (offer == null || offer.supplier() == null || offer.supplier().isBlank() || offer.supplier().length() > 200) {
            throw new InvalidInput("supplier", "name the supplier (an organisation), at most 200 characters");
        }
        if (offer.unitPrice() == null || !(offer.unitPrice() >= 0) || !Double.isFinite(offer.unitPrice())) {
            throw new InvalidInput("unitPrice", "must be a number, zero or more");
        }
        if (offer.currency() == null || !offer.currency().matches("[A-Z]{3}")) {
            throw new InvalidInput("currency", "an ISO 4217 code such as USD or EUR");
        }
        if (offer.deliveryBy() == null) {
            throw InvalidInput.required("deliveryBy");
        }
        jdbc.sql("""
                insert into tender_bid (tender, supplier, unit_price, currency, delivery_by, received_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenderId, offer.supplier().strip(), offer.unitPrice(), offer.currency(), offer.deliveryBy(),
                        Timestamp.from(clock.instant()), actor.username())
                .update();
        audit.record(new AuditEvent(actor, t.buyer(), "tender.bid-recorded", "Tender", String.valueOf(tenderId),
                "recorded a bid on tender #" + tenderId));
        return get(tenderId);
    }

    /** After the tender closes, the buyer awards one of its bids. */
    @Transactional
    public Tender award(Actor actor, long tenderId, Long bidId) {
        Tender t = get(tenderId);
        requireBuyer(actor, new PartyCode(t.buyer()));
        if (t.status() != Status.OPEN) {
            throw new Conflict("tender #" + tenderId + " is " + t.status());
        }
        if (clock.instant().isBefore(t.closesAt())) {
            throw new Conflict("tender #" + tenderId + " is still open for bids until " + t.closesAt());
        }
        if (bidId == null || t.bids().stream().noneMatch(b -> b.id() == bidId)) {
            throw new InvalidInput("bid", "name one of the tender's bids");
        }
        int changed = jdbc.sql("""
                update tender set status = 'AWARDED', awarded_bid = ?, awarded_at = ?, version = version + 1
                where id = ? and status = 'OPEN'""")
                .params(bidId, Timestamp.from(clock.instant()), tenderId).update();
        if (changed == 0) {
            throw new Conflict("tender #" + tenderId + " was awarded at the same time");
        }
        audit.record(new AuditEvent(actor, t.buyer(), "tender.awarded", "Tender", String.valueOf(tenderId),
                "awarded tender #" + tenderId + " to bid #" + bidId));
        return get(tenderId);
    }

    @Transactional(readOnly = true)
    public List<Tender> all(Actor actor) {
        actor.requireAuthenticated();
        return jdbc.sql("select id from tender order by created_at desc, id desc").query(Long.class).list().stream()
                .map(this::get).toList();
    }

    @Transactional(readOnly = true)
    public Tender get(long id) {
        List<Bid> bids = jdbc.sql("select * from tender_bid where tender = ? order by id").param(id)
                .query((rs, n) -> new Bid(rs.getLong("id"), rs.getString("supplier"), rs.getDouble("unit_price"),
                        rs.getString("currency"), rs.getObject("delivery_by", LocalDate.class),
                        rs.getTimestamp("received_at").toInstant())).list();
        return jdbc.sql("select * from tender where id = ?").param(id).query((rs, n) -> {
            Timestamp awarded = rs.getTimestamp("awarded_at");
            Object bid = rs.getObject("awarded_bid");
            return new Tender(rs.getLong("id"), rs.getString("buyer"), rs.getString("title"), rs.getString("commodity"),
                    rs.getDouble("quantity"), rs.getString("delivery_to"), rs.getTimestamp("closes_at").toInstant(),
                    Status.valueOf(rs.getString("status")), Arrays.asList(rs.getString("participants").split(" ")),
                    bid == null ? null : ((Number) bid).longValue(), rs.getTimestamp("created_at").toInstant(),
                    awarded == null ? null : awarded.toInstant(), bids);
        }).optional().orElseThrow(() -> new NotFound("tender", id));
    }

    /**
     * The tender as an OCDS 1.1 release package: the buyer and participating parties as buyer and procuring
     * entities, the suppliers as tenderers, the tender with its item and period, and the award once made.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> ocds(long id) {
        Tender t = get(id);
        Commodity c = catalogue.get(t.commodity());
        String ocid = "ocds-entente-" + t.id();
        List<Map<String, Object>> partyList = new ArrayList<>();
        for (String p : t.participants()) {
            String name = parties.find(new PartyCode(p)).map(x -> x.shortName()).orElse(p);
            partyList.add(map("id", p, "name", name, "roles", p.equals(t.buyer()) ? List.of("buyer", "procuringEntity")
                    : List.of("procuringEntity")));
        }
        Map<String, Object> suppliers = new LinkedHashMap<>();
        t.bids().forEach(b -> suppliers.putIfAbsent(b.supplier(), map("id", "supplier-" + (suppliers.size() + 1),
                "name", b.supplier(), "roles", List.of("tenderer"))));
        Map<String, Object> item = map("id", "1", "description", c.name(), "quantity", t.quantity(),
                "unit", map("name", c.unit()), "classification", map("scheme", "ENTENTE", "id", c.code(),
                        "description", c.category().name()));
        Map<String, Object> tender = map("id", "tender-" + t.id(), "title", t.title(),
                "status", t.status() == Status.OPEN ? "active" : "complete", "procurementMethod", "open",
                "items", List.of(item), "tenderPeriod", map("startDate", t.createdAt().toString(),
                        "endDate", t.closesAt().toString()),
                "numberOfTenderers", suppliers.size(), "tenderers", suppliers.values().stream()
                        .map(s -> map("id", ((Map<?, ?>) s).get("id"), "name", ((Map<?, ?>) s).get("name"))).toList(),
                "deliveryAddress", map("description", t.deliveryTo()));
        Map<String, Object> release = map("ocid", ocid, "id", ocid + "-" + (t.status() == Status.OPEN ? "tender" : "award"),
                "date", (t.awardedAt() != null ? t.awardedAt() : t.createdAt()).toString(),
                "tag", t.status() == Status.OPEN ? List.of("tender") : List.of("tender", "award"),
                "initiationType", "tender", "language", "en",
                "buyer", map("id", t.buyer(), "name", parties.find(new PartyCode(t.buyer())).map(x -> x.shortName())
                        .orElse(t.buyer())),
                "tender", tender);
        List<Map<String, Object>> all = new ArrayList<>(partyList);
        if (t.awardedBid() != null) {
            Bid won = t.bids().stream().filter(b -> b.id() == t.awardedBid()).findFirst().orElseThrow();
            Map<?, ?> supplier = (Map<?, ?>) suppliers.get(won.supplier());
            release.put("awards", List.of(map("id", "award-" + t.id(), "status", "active", "date", t.awardedAt().toString(),
                    "value", map("amount", won.unitPrice() * t.quantity(), "currency", won.currency()),
                    "suppliers", List.of(map("id", supplier.get("id"), "name", won.supplier())), "items", List.of(item),
                    "contractPeriod", map("endDate", won.deliveryBy().toString()))));
            suppliers.put(won.supplier(), map("id", supplier.get("id"), "name", won.supplier(),
                    "roles", List.of("tenderer", "supplier")));
        }
        suppliers.values().forEach(s -> all.add(castMap(s)));
        release.put("parties", all);
        return map("uri", "/api/v1/logistics/tenders/" + t.id() + "/ocds", "version", "1.1",
                "publishedDate", clock.instant().toString(), "publisher", map("name", "Entente"),
                "releases", List.of(release));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static void requireBuyer(Actor actor, PartyCode buyer) {
        if (!actor.hasAnyRole(Role.SECRETARIAT) && !actor.hasRoleFor(buyer, Role.LOGISTICS_OFFICER)
                && !actor.hasRoleFor(buyer, Role.FOCAL_POINT)) {
            throw new AccessDenied("only " + buyer + "'s logistics officer or focal point, or the secretariat, "
                    + "buys for the tender");
        }
    }
}
