package org.entente.allocation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The allocation benchmark: seeded instances at sizes S, M and L, solved after a warm-up (S and M five times, for the
 * median time; L once), with the time,
 * the peak memory of the process, the value of each level, the gap to the upper bound and the greedy baseline.
 * Not part of {@code ./mvnw verify}; run it with {@code ./mvnw -Pbench test}. Results go to standard output and to
 * {@code target/benchmarks/allocation.md}.
 */
class AllocationBenchmark {

    @Test
    void sizesSmallMediumLarge() throws IOException {
        AllocationEngine engine = new AllocationEngine();
        System.setProperty("allocation.profile", System.getProperty("bench.profile", "false"));
        // A warm-up on instances of another seed, as a server that has solved a plan before: the times below are then
        // not the JIT compiler's.
        engine.solve(InstanceGenerator.generate(InstanceGenerator.S, 99));
        engine.solve(InstanceGenerator.generate(InstanceGenerator.M, 99));
        List<String> rows = new ArrayList<>();
        rows.add("| size | requests / warehouses / commodities / nodes / links | solve (ms), median | status | exact | binding links | LP coverage | plan coverage | upper bound | gap | equity LS / U / R | cost | greedy coverage | greedy equity LS / U / R | greedy cost | peak RSS (MiB) | violations |");
        rows.add("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        String[] names = {"S", "M", "L"};
        InstanceGenerator.Shape[] shapes = {InstanceGenerator.S, InstanceGenerator.M, InstanceGenerator.L};
        for (int i = 0; i < shapes.length; i++) {
            if (System.getProperty("bench.sizes", "SML").indexOf(names[i]) < 0) {
                continue;
            }
            Instance generated = InstanceGenerator.generate(shapes[i], 2026);
            // -Dbench.timeLimit=S sets the engine's time limit (seconds); by default, the engine's own default.
            // -Dbench.leximin=true refines equity leximin (as plans from live data do).
            String limit = System.getProperty("bench.timeLimit");
            boolean leximin = Boolean.getBoolean("bench.leximin");
            Instance instance = (limit == null && !leximin ? generated : new Instance(generated.commodities(),
                    generated.nodes(), generated.links(), generated.stock(), generated.requests(),
                    new Instance.Options(generated.options().priorityWeights(),
                            limit == null ? null : Double.valueOf(limit), leximin ? true : null))).validate();
            // S and M are solved several times (-Dbench.repeat=N; L once unless asked), and the median time reported.
            int runs = Math.max(1, Integer.getInteger("bench.repeat", names[i].equals("L") ? 1 : 5));
            long[] millis = new long[runs];
            Plan plan = null;
            for (int run = 0; run < runs; run++) {
                plan = engine.solve(instance);
                millis[run] = plan.solveMillis();
            }
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            String time = runs == 1 ? String.valueOf(sorted[0])
                    : String.format(Locale.ROOT, "%d (%d runs: %d–%d)", sorted[runs / 2], runs, sorted[0], sorted[runs - 1]);
            int violations = PlanValidator.violations(instance, plan).size();
            double gap = plan.coverageUpperBound() > 0
                    ? (plan.coverageUpperBound() - plan.levels().coverage()) / plan.coverageUpperBound() : 0;
            if (Boolean.getBoolean("allocation.profile")) {
                System.out.println("levels " + plan.levels());
            }
            rows.add(String.format(Locale.ROOT,
                    "| %s | %d / %d / %d / %d / %d | %s | %s | %s | %d | %.4f | %.4f | %.4f | %.4f%% | %s | %.0f | %.4f | %s | %.0f | %d | %d |",
                    names[i], instance.requests().size(), shapes[i].warehouses(), instance.commodities().size(),
                    instance.nodes().size(), instance.links().size(), time, plan.status(), plan.exact(),
                    plan.bindingLinks(), plan.levels().coverage(), plan.coverage(), plan.coverageUpperBound(), gap * 100, equity(plan.equity()),
                    plan.cost(), plan.baseline().coverage(), equity(plan.baseline().equity()), plan.baseline().cost(),
                    peakRssMiB(), violations));
            System.out.println(rows.get(rows.size() - 1));
        }
        String machine = Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", JVM "
                + ManagementFactory.getRuntimeMXBean().getVmName();
        Path out = Path.of("target", "benchmarks", "allocation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "Machine: " + machine + "\n\n" + String.join("\n", rows) + "\n");
        System.out.println("Machine: " + machine);
    }

    private static String equity(java.util.Map<Instance.Priority, Double> equity) {
        StringBuilder s = new StringBuilder();
        for (Instance.Priority p : Instance.Priority.values()) {
            Double v = equity.get(p);
            s.append(s.length() > 0 ? " / " : "").append(v == null ? "–" : String.format(Locale.ROOT, "%.3f", v));
        }
        return s.toString();
    }

    /** The process's peak resident memory so far (heap, metaspace and the solver's native memory), from /proc. */
    private static long peakRssMiB() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
    }
}
