package org.entente.logistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.entente.shared.Conflict;
import org.entente.shared.Labelled;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An allocation plan for a crisis: what it achieves ({@link PlanOutcome}, kept as JSON) and what it moves, draw by
 * draw: so much of a lot to a request line, along a route. Its lifecycle is written once: a proposal is approved or
 * withdrawn, and a decided plan stays as it is. It is approved only while every line it serves still needs what it
 * sends ({@link #requireStillNeeded}); approval then reserves its lots, which the lots' own rules refuse if the stock
 * went elsewhere.
 */
@Table("allocation_plan")
public final class AllocationPlan {

    @Labelled("plan.status")
    public enum Status {
        PROPOSED, APPROVED, WITHDRAWN;

        public boolean canMoveTo(Status next) {
            return this == PROPOSED && (next == APPROVED || next == WITHDRAWN);
        }
    }

    /**
     * One draw: so much of a lot goes to a request line at a destination, along a path (node codes) and links (ids),
     * both space-separated, at a cost.
     */
    @Table("allocation_draw")
    public record Draw(String warehouse, String commodity, String lot, @Column("owner_party") String owner,
            double quantity, long request, int line, String destination, String path, String links, Double cost) {

        public StockLot.Key lotKey() {
            return new StockLot.Key(warehouse, commodity, lot, owner);
        }

        public RequestLine requestLine() {
            return new RequestLine(request, line);
        }

        public double costOrZero() {
            return cost == null ? 0 : cost;
        }
    }

    @Id
    private Long id;
    private Long crisis;
    private Status status;
    private String planJson;
    private double coverage;
    private double cost;
    private Instant createdAt;
    private String createdBy;
    private Instant decidedAt;
    private String decidedBy;
    @Version
    private Long version;
    @MappedCollection(idColumn = "plan", keyColumn = "list_index")
    private List<Draw> draws = new ArrayList<>();

    @PersistenceCreator
    AllocationPlan() {
    }

    /** A proposal: the outcome (as JSON) and the draws that carry it out. */
    static AllocationPlan propose(long crisis, String outcomeJson, double coverage, double cost, List<Draw> draws,
            Instant now, String by) {
        AllocationPlan plan = new AllocationPlan();
        plan.crisis = crisis;
        plan.status = Status.PROPOSED;
        plan.planJson = outcomeJson;
        plan.coverage = coverage;
        plan.cost = cost;
        plan.createdAt = now;
        plan.createdBy = by;
        plan.draws = new ArrayList<>(draws);
        return plan;
    }

    void approve(String by, Instant at) {
        decide(Status.APPROVED, by, at);
    }

    void withdraw(String by, Instant at) {
        decide(Status.WITHDRAWN, by, at);
    }

    private void decide(Status next, String by, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new Conflict(status == Status.WITHDRAWN
                    ? "plan #" + id + (next == Status.WITHDRAWN ? " was withdrawn already" : " was withdrawn; make a new plan")
                    : next == Status.WITHDRAWN ? "plan #" + id + " is approved and cannot be withdrawn"
                            : "plan #" + id + " is approved already");
        }
        status = next;
        decidedAt = at;
        decidedBy = by;
    }

    /** What the plan sends to each line it serves. */
    Map<RequestLine, Double> plannedPerLine() {
        Map<RequestLine, Double> planned = new TreeMap<>();
        draws.forEach(d -> planned.merge(d.requestLine(), d.quantity(), Double::sum));
        return planned;
    }

    /** What the plan draws on each lot, in the lots' order (the order their rows are locked in). */
    Map<StockLot.Key, Double> drawnPerLot() {
        Map<StockLot.Key, Double> drawn = new TreeMap<>();
        draws.forEach(d -> drawn.merge(d.lotKey(), d.quantity(), Double::sum));
        return drawn;
    }

    /**
     * Refuses approval if a line it serves now needs less than it sends (another plan was approved for it, or the
     * request changed): plans made one after another from the same open line would otherwise each reserve it in full.
     * {@code stillNeeded} is what each line needs now, after deliveries and the shipments on their way.
     */
    void requireStillNeeded(Map<RequestLine, Double> stillNeeded, Map<RequestLine, String> commodities) {
        plannedPerLine().forEach((line, planned) -> {
            double needed = Math.max(0, stillNeeded.getOrDefault(line, 0.0));
            if (planned > needed + 1e-6) {
                throw new Conflict("line " + (line.line() + 1) + " of request #" + line.request() + " ("
                        + commodities.getOrDefault(line, "?") + ") now needs " + StockCards.fmt(needed) + ", not the "
                        + StockCards.fmt(planned) + " this plan sends: another plan was approved for it or the request "
                        + "changed; make a new plan");
            }
        });
    }

    public long id() {
        return id;
    }

    public long crisis() {
        return crisis;
    }

    public Status status() {
        return status;
    }

    String planJson() {
        return planJson;
    }

    public double coverage() {
        return coverage;
    }

    public double cost() {
        return cost;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public List<Draw> draws() {
        return List.copyOf(draws);
    }
}
