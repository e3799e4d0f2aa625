package org.entente.logistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisRoom;
import org.entente.party.PartyDirectory;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transparent cost sharing (CRI-7): each crisis has a model for sharing the transport cost of its shipments, applied
 * when a shipment is dispatched, and a ledger everyone can inspect.
 * <ul>
 *   <li>EQUAL: the model's parties (by default the lead and affected parties) pay alike;</li>
 *   <li>BY_WEIGHTS: each named party pays in proportion to its weight (from GDP, say);</li>
 *   <li>REQUESTER_PAYS: each item's share of the cost, by weight carried, goes to the party that asked for it;</li>
 *   <li>CONTRIBUTOR_PAYS: it goes to the party that owned the stock.</li>
 * </ul>
 * A party with a cap never pays more than the cap over the crisis. Under EQUAL and BY_WEIGHTS, what a capped party
 * cannot pay is shared among the others in the same proportions; whatever no party can take is booked as uncovered.
 */
@Service
public class CostSharing {

    @Labelled("public.model")
    public enum Model { EQUAL, BY_WEIGHTS, REQUESTER_PAYS, CONTRIBUTOR_PAYS }

    public record Terms(Model model, Map<String, Double> weights, Map<String, Double> caps) {
    }

    /** A party's line of the ledger: what it was charged, its cap, and per shipment. */
    public record Account(String party, double total, Double cap, Map<Long, Double> byShipment) {
    }

    public record Ledger(long crisis, Terms terms, List<Account> accounts, double uncovered, double total) {
    }

    private final JdbcClient jdbc;
    private final CrisisRoom crises;
    private final PartyDirectory parties;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReadableShipments readableShipments;
    private final Shipments shipments;
    private final AssistanceRequests requests;

    CostSharing(JdbcClient jdbc, CrisisRoom crises, PartyDirectory parties, Catalogue catalogue, AuditTrail audit,
            Clock clock, ReadableShipments readableShipments, Shipments shipments, AssistanceRequests requests) {
        this.readableShipments = readableShipments;
        this.shipments = shipments;
        this.requests = requests;
        this.jdbc = jdbc;
        this.crises = crises;
        this.parties = parties;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /** The lead party's focal point or the secretariat sets the model; shares already booked stay as they were. */
    @Transactional
    public Terms set(Actor actor, long crisisId, Terms terms) {
        Crisis crisis = crises.get(actor, crisisId);
        if (!actor.hasAnyRole(Role.SECRETARIAT)) {
            actor.requireRoleFor(crisis.leadParty(), Role.FOCAL_POINT);
        }
        if (terms == null || terms.model() == null) {
            throw new InvalidInput("model", "EQUAL, BY_WEIGHTS, REQUESTER_PAYS or CONTRIBUTOR_PAYS");
        }
        Map<String, Double> weights = terms.weights() == null ? Map.of() : terms.weights();
        Map<String, Double> caps = terms.caps() == null ? Map.of() : terms.caps();
        if (terms.model() == Model.BY_WEIGHTS && weights.isEmpty()) {
            throw new InvalidInput("weights", "BY_WEIGHTS needs a weight per party");
        }
        Map<String, Double[]> rows = new TreeMap<>();
        weights.forEach((p, w) -> {
            if (w == null || !(w > 0) || !Double.isFinite(w)) {
                throw InvalidInput.positive("weights." + p);
            }
            rows.computeIfAbsent(party("weights." + p, p), k -> new Double[2])[0] = w;
        });
        caps.forEach((p, c) -> {
            if (c == null || !(c >= 0) || !Double.isFinite(c)) {
                throw new InvalidInput("caps." + p, "must be a number, zero or more");
            }
            rows.computeIfAbsent(party("caps." + p, p), k -> new Double[2])[1] = c;
        });
        jdbc.sql("delete from cost_sharing_party where crisis = ?").param(crisisId).update();
        int updated = jdbc.sql("update cost_sharing_model set model = ?, updated_at = ?, updated_by = ?, version = version + 1 where crisis = ?")
                .params(terms.model().name(), Timestamp.from(clock.instant()), actor.username(), crisisId).update();
        if (updated == 0) {
            jdbc.sql("insert into cost_sharing_model (crisis, model, updated_at, updated_by, version) values (?, ?, ?, ?, 0)")
                    .params(crisisId, terms.model().name(), Timestamp.from(clock.instant()), actor.username()).update();
        }
        rows.forEach((p, v) -> jdbc.sql("insert into cost_sharing_party (crisis, party, weight, cap) values (?, ?, ?, ?)")
                .params(crisisId, p, v[0], v[1]).update());
        audit.record(new AuditEvent(actor, crisis.leadParty().value(), "cost-sharing.set", "Crisis", crisis.code(),
                "cost sharing of " + crisis.code() + " set to " + terms.model() + " over " + rows.size() + " party(ies)"));
        return terms(crisisId);
    }

    private String party(String field, String code) {
        PartyCode party;
        try {
            party = PartyCode.of(code);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, "not a party code");
        }
        if (!parties.exists(party)) {
            throw new InvalidInput(field, "no party with code " + code);
        }
        return party.value();
    }

    /** The crisis's terms; a crisis without a model shares equally among its lead and affected parties. */
    @Transactional(readOnly = true)
    public Terms terms(long crisisId) {
        Model model = jdbc.sql("select model from cost_sharing_model where crisis = ?").param(crisisId)
                .query(String.class).optional().map(Model::valueOf).orElse(Model.EQUAL);
        Map<String, Double> weights = new TreeMap<>();
        Map<String, Double> caps = new TreeMap<>();
        jdbc.sql("select party, weight, cap from cost_sharing_party where crisis = ?").param(crisisId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, Double.class), rs.getObject(3, Double.class)})
                .list().forEach(r -> {
                    if (r[1] != null) {
                        weights.put((String) r[0], (Double) r[1]);
                    }
                    if (r[2] != null) {
                        caps.put((String) r[0], (Double) r[2]);
                    }
                });
        return new Terms(model, weights, caps);
    }

    /**
     * Books a dispatched shipment's transport cost, once its dispatch has committed, in a transaction of its own. A
     * publication that failed is retried (after a restart too), and a shipment already booked is not booked again.
     */
    @ApplicationModuleListener
    void on(ShipmentDispatched dispatched) {
        boolean booked = jdbc.sql("select count(*) from cost_share where shipment = ?").param(dispatched.shipment())
                .query(Long.class).single() > 0;
        if (booked) {
            return;
        }
        Shipment shipment = shipments.find(dispatched.shipment());
        Map<String, String> requesters = new LinkedHashMap<>();
        shipment.items().forEach(item -> requesters.computeIfAbsent(String.valueOf(item.request()),
                r -> requests.get(item.request()).requestingParty().value()));
        book(crises.withoutRedLines(dispatched.crisis()), shipment, requesters);
    }

    void book(Crisis crisis, Shipment shipment, Map<String, String> requesterOfItem) {
        Terms terms = terms(crisis.id());
        double cost = shipment.transportCost();
        if (!(cost > 0)) {
            return;
        }
        Map<String, Double> charged = charged(crisis.id());
        Map<String, Double> due = new LinkedHashMap<>();
        double uncovered = 0;
        switch (terms.model()) {
            case EQUAL, BY_WEIGHTS -> {
                Map<String, Double> weights = new LinkedHashMap<>();
                if (terms.model() == Model.BY_WEIGHTS || !terms.weights().isEmpty()) {
                    terms.weights().forEach((p, w) -> weights.put(p, terms.model() == Model.EQUAL ? 1.0 : w));
                } else {
                    weights.put(crisis.leadParty().value(), 1.0);
                    crisis.affectedParties().forEach(p -> weights.put(p.value(), 1.0));
                }
                uncovered = waterFill(cost, weights, terms.caps(), charged, due);
            }
            case REQUESTER_PAYS, CONTRIBUTOR_PAYS -> {
                double kg = 0;
                for (Shipment.Item item : shipment.items()) {
                    kg += item.quantity() * catalogue.get(item.commodity()).unitWeightKg();
                }
                for (Shipment.Item item : shipment.items()) {
                    double share = cost * item.quantity() * catalogue.get(item.commodity()).unitWeightKg() / kg;
                    String payer = terms.model() == Model.REQUESTER_PAYS
                            ? requesterOfItem.get(item.request() + "") : item.owner();
                    double room = room(payer, terms.caps(), charged, due);
                    double paid = Math.min(share, room);
                    due.merge(payer, paid, Double::sum);
                    uncovered += share - paid;
                }
            }
        }
        java.time.Instant now = clock.instant();
        due.forEach((party, amount) -> {
            if (amount > 1e-9) {
                jdbc.sql("insert into cost_share (crisis, shipment, party, amount, booked_at) values (?, ?, ?, ?, ?)")
                        .params(crisis.id(), shipment.id(), party, amount, Timestamp.from(now)).update();
            }
        });
        if (uncovered > 1e-9) {
            jdbc.sql("insert into cost_share (crisis, shipment, party, amount, booked_at) values (?, ?, null, ?, ?)")
                    .params(crisis.id(), shipment.id(), uncovered, Timestamp.from(now)).update();
        }
    }

    /** Shares the cost by weights; a party at its cap drops out and the rest share what it could not pay. */
    private static double waterFill(double cost, Map<String, Double> weights, Map<String, Double> caps,
            Map<String, Double> charged, Map<String, Double> due) {
        double left = cost;
        Map<String, Double> open = new LinkedHashMap<>(weights);
        while (left > 1e-9 && !open.isEmpty()) {
            double total = open.values().stream().mapToDouble(Double::doubleValue).sum();
            double spread = left;
            List<String> full = new ArrayList<>();
            for (Map.Entry<String, Double> p : open.entrySet()) {
                double share = spread * p.getValue() / total;
                double room = room(p.getKey(), caps, charged, due);
                double paid = Math.min(share, room);
                due.merge(p.getKey(), paid, Double::sum);
                left -= paid;
                if (paid < share - 1e-12) {
                    full.add(p.getKey());
                }
            }
            if (full.isEmpty()) {
                break;
            }
            full.forEach(open::remove);
        }
        return Math.max(0, left);
    }

    private static double room(String party, Map<String, Double> caps, Map<String, Double> charged,
            Map<String, Double> due) {
        Double cap = caps.get(party);
        return cap == null ? Double.POSITIVE_INFINITY
                : Math.max(0, cap - charged.getOrDefault(party, 0.0) - due.getOrDefault(party, 0.0));
    }

    private Map<String, Double> charged(long crisisId) {
        Map<String, Double> charged = new LinkedHashMap<>();
        jdbc.sql("select party, sum(amount) from cost_share where crisis = ? and party is not null group by party")
                .param(crisisId).query((rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2))).list()
                .forEach(e -> charged.put(e.getKey(), e.getValue()));
        return charged;
    }

    /**
     * The ledger of a crisis, open to anyone who may see the crisis (for a public crisis, to everyone), counting the
     * shipments that serve only requests the reader may read.
     */
    @Transactional(readOnly = true)
    public Ledger ledger(Actor actor, long crisisId) {
        return ledger(crisisId, readableShipments.of(actor, crises.get(actor, crisisId)).shipments());
    }

    /** The ledger over the given shipments of the crisis, for a reader who may see the crisis. */
    Ledger ledger(long crisisId, java.util.Set<Long> shipmentsShown) {
        Terms terms = terms(crisisId);
        Map<String, Map<Long, Double>> byParty = new TreeMap<>();
        double[] uncovered = {0};
        jdbc.sql("select party, shipment, sum(amount) from cost_share where crisis = ? group by party, shipment order by shipment")
                .param(crisisId).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getDouble(3)}).list()
                .stream().filter(r -> shipmentsShown.contains((Long) r[1]))
                .forEach(r -> {
                    if (r[0] == null) {
                        uncovered[0] += (Double) r[2];
                    } else {
                        byParty.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put((Long) r[1], (Double) r[2]);
                    }
                });
        List<Account> accounts = new ArrayList<>();
        byParty.forEach((party, shipments) -> accounts.add(new Account(party,
                shipments.values().stream().mapToDouble(Double::doubleValue).sum(), terms.caps().get(party), shipments)));
        terms.caps().forEach((party, cap) -> {
            if (!byParty.containsKey(party)) {
                accounts.add(new Account(party, 0, cap, Map.of()));
            }
        });
        double total = accounts.stream().mapToDouble(Account::total).sum() + uncovered[0];
        return new Ledger(crisisId, terms, accounts, uncovered[0], total);
    }
}
