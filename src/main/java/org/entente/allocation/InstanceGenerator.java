package org.entente.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.entente.allocation.Instance.Mode;
import org.entente.allocation.Instance.NodeKind;
import org.entente.allocation.Instance.Priority;

/**
 * Seeded instances of a regional relief network, for tests and benchmarks: nodes scattered over a 1,000 km square,
 * roads to the nearest neighbours in both directions, air links between hubs and warehouses, delays at border
 * crossings, a few closed links, stock at the warehouses (some arriving later, some expiring) and requests at the
 * delivery points, with about a third more asked for than is held, so that choices matter. The same shape and seed
 * always give the same instance.
 */
public final class InstanceGenerator {

    /** How big an instance is. */
    public record Shape(int requests, int warehouses, int commodities, int nodes, int links) {
    }

    public static final Shape S = new Shape(100, 10, 5, 60, 240);
    public static final Shape M = new Shape(1_000, 40, 20, 400, 1_600);
    public static final Shape L = new Shape(10_000, 200, 50, 2_000, 8_000);

    private InstanceGenerator() {
    }

    public static Instance generate(Shape shape, long seed) {
        Random random = new Random(seed);
        List<Instance.Commodity> commodities = new ArrayList<>();
        for (int c = 0; c < shape.commodities(); c++) {
            double kg = Math.round((0.5 + random.nextDouble() * 49.5) * 10) / 10.0;
            commodities.add(new Instance.Commodity("C" + c, kg, random.nextInt(5) != 0));
        }
        int n = Math.max(shape.nodes(), shape.warehouses() + 1);
        int hubs = Math.max(1, n / 20);
        int ports = Math.max(1, n / 20);
        int borders = Math.max(1, n / 10);
        List<Instance.Node> nodes = new ArrayList<>();
        double[] x = new double[n];
        double[] y = new double[n];
        NodeKind[] kinds = new NodeKind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = i < shape.warehouses() ? NodeKind.WAREHOUSE
                    : i < shape.warehouses() + hubs ? NodeKind.AIRLIFT_HUB
                    : i < shape.warehouses() + hubs + ports ? NodeKind.PORT
                    : i < shape.warehouses() + hubs + ports + borders ? NodeKind.BORDER_CROSSING
                    : NodeKind.DELIVERY_POINT;
            x[i] = random.nextDouble() * 1000;
            y[i] = random.nextDouble() * 1000;
            nodes.add(new Instance.Node(code(kinds[i], i), kinds[i]));
        }
        List<Instance.Link> links = new ArrayList<>();
        Set<Long> joined = new HashSet<>();
        // Roads to the two nearest neighbours, both ways: a connected-enough web of about four links per node.
        for (int i = 0; i < n && links.size() < shape.links(); i++) {
            for (int j : nearest(i, x, y, 2)) {
                road(links, joined, nodes, kinds, x, y, i, j, random, shape.links());
                road(links, joined, nodes, kinds, x, y, j, i, random, shape.links());
            }
        }
        // Air links between warehouses and hubs, then more roads to the next nearest, until the link budget is met.
        List<Integer> airports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (kinds[i] == NodeKind.AIRLIFT_HUB || kinds[i] == NodeKind.WAREHOUSE) {
                airports.add(i);
            }
        }
        for (int attempt = 0; links.size() < shape.links() && attempt < shape.links() * 4; attempt++) {
            if (attempt % 4 == 0 && airports.size() > 1) {
                int a = airports.get(random.nextInt(airports.size()));
                int b = airports.get(random.nextInt(airports.size()));
                if (a != b && joined.add((long) a * n + b)) {
                    double km = Math.hypot(x[a] - x[b], y[a] - y[b]);
                    links.add(new Instance.Link(nodes.get(a).code(), nodes.get(b).code(), Mode.AIR,
                            round(3 + km / 600), 2, 20_000 + random.nextInt(60) * 1000, round2(0.4 + km * 0.004),
                            random.nextInt(50) != 0));
                }
            } else {
                int i = random.nextInt(n);
                int[] near = nearest(i, x, y, 6);
                if (near.length == 0) {
                    continue;
                }
                int j = near[Math.min(near.length - 1, 2 + random.nextInt(4))];
                road(links, joined, nodes, kinds, x, y, i, j, random, shape.links());
            }
        }
        List<Instance.Stock> stock = new ArrayList<>();
        double[] held = new double[shape.commodities()];
        for (int w = 0; w < shape.warehouses(); w++) {
            for (int c = 0; c < shape.commodities(); c++) {
                if (random.nextDouble() < 0.3 || w == c % shape.warehouses()) {
                    double quantity = 50 + random.nextInt(950);
                    double available = random.nextDouble() < 0.2 ? 12 + random.nextInt(36) : 0;
                    Double expires = random.nextDouble() < 0.1 ? 48.0 + random.nextInt(96) : null;
                    stock.add(new Instance.Stock(nodes.get(w).code(), "C" + c, quantity, available, expires));
                    held[c] += quantity;
                }
            }
        }
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (kinds[i] == NodeKind.DELIVERY_POINT) {
                points.add(i);
            }
        }
        int[] count = new int[shape.commodities()];
        int[] commodityOf = new int[shape.requests()];
        for (int r = 0; r < shape.requests(); r++) {
            commodityOf[r] = random.nextInt(shape.commodities());
            count[commodityOf[r]]++;
        }
        List<Instance.Request> requests = new ArrayList<>();
        for (int r = 0; r < shape.requests(); r++) {
            int c = commodityOf[r];
            double mean = 1.35 * held[c] / Math.max(1, count[c]);
            double quantity = Math.max(1, Math.round(mean * (0.3 + 1.4 * random.nextDouble())));
            double p = random.nextDouble();
            Priority priority = p < 0.2 ? Priority.LIFE_SAVING : p < 0.6 ? Priority.URGENT : Priority.ROUTINE;
            int point = points.isEmpty() ? n - 1 : points.get(random.nextInt(points.size()));
            requests.add(new Instance.Request("R-" + r, nodes.get(point).code(), "C" + c, quantity, priority,
                    24 + random.nextInt(145)));
        }
        return new Instance(commodities, nodes, links, stock, requests,
                new Instance.Options(Map.of(Priority.LIFE_SAVING, 100.0, Priority.URGENT, 10.0, Priority.ROUTINE, 1.0)));
    }

    private static void road(List<Instance.Link> links, Set<Long> joined, List<Instance.Node> nodes, NodeKind[] kinds,
            double[] x, double[] y, int i, int j, Random random, int budget) {
        if (links.size() >= budget || i == j || !joined.add((long) i * nodes.size() + j)) {
            return;
        }
        double km = Math.hypot(x[i] - x[j], y[i] - y[j]) * 1.3;
        double delay = kinds[i] == NodeKind.BORDER_CROSSING || kinds[j] == NodeKind.BORDER_CROSSING
                ? 4 + random.nextInt(20) : 0;
        Mode mode = kinds[i] == NodeKind.PORT && kinds[j] == NodeKind.PORT ? Mode.SEA : Mode.ROAD;
        links.add(new Instance.Link(nodes.get(i).code(), nodes.get(j).code(), mode, round(km / 45), delay,
                (20 + random.nextInt(180)) * 1000.0, round2(0.05 + km * 0.0015), random.nextInt(40) != 0));
    }

    private static int[] nearest(int i, double[] x, double[] y, int k) {
        int n = x.length;
        int[] best = new int[Math.min(k, n - 1)];
        double[] dist = new double[best.length];
        java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double d = Math.hypot(x[i] - x[j], y[i] - y[j]);
            for (int s = 0; s < best.length; s++) {
                if (d < dist[s]) {
                    System.arraycopy(dist, s, dist, s + 1, best.length - s - 1);
                    System.arraycopy(best, s, best, s + 1, best.length - s - 1);
                    dist[s] = d;
                    best[s] = j;
                    break;
                }
            }
        }
        return best;
    }

    private static String code(NodeKind kind, int i) {
        return switch (kind) {
            case WAREHOUSE -> "WH-";
            case AIRLIFT_HUB -> "HUB-";
            case PORT -> "PORT-";
            case BORDER_CROSSING -> "BX-";
            case DELIVERY_POINT -> "DP-";
        } + i;
    }

    private static double round(double hours) {
        return Math.max(1, Math.round(hours));
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
