package io.github.posthogcatalog.benchmarks;

import io.github.posthogcatalog.benchmarks.emitter.EmitterSuite;
import io.github.posthogcatalog.benchmarks.emitter.ReflectionCheck;
import io.github.posthogcatalog.benchmarks.processor.ProcessorSuite;
import io.github.posthogcatalog.benchmarks.sync.SyncSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs every benchmark and writes {@code results.json} and {@code results.md} into the directory
 * given as the only argument (the module's {@code target} folder when run by {@code benchmarks/run}).
 *
 * <p>System properties: {@code benchmarks.only}, a comma-separated subset of {@code emitter},
 * {@code processor} and {@code sync} (default all); {@code benchmarks.runs}, javac runs per catalog
 * size and mode (default 3); {@code benchmarks.sizes}, the catalog sizes of the processor benchmark
 * (default {@code 100,1000,5000}); {@code benchmarks.jfr=true} records a JFR profile of every javac run
 * with the processor, beside its output.
 */
public final class BenchmarkSuite {

    private BenchmarkSuite() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("expected one argument, the output directory");
        }
        Path output = Path.of(args[0]);
        Set<String> only = Set.of(System.getProperty("benchmarks.only", "emitter,processor,sync").split(","));
        int runs = Integer.getInteger("benchmarks.runs", 3);
        List<Integer> sizes = Stream.of(System.getProperty("benchmarks.sizes", "100,1000,5000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        boolean flightRecordings = Boolean.getBoolean("benchmarks.jfr");

        long started = System.nanoTime();
        Report report = new Report();
        String machine = describeMachine(report.root());
        report.addMarkdown(machine);

        if (only.contains("emitter")) {
            ReflectionCheck.Outcome reflection = ReflectionCheck.run(
                    output.resolve("generated-sources/annotations"), output.resolve("classes"));
            EmitterSuite.run(report, reflection);
        }
        if (only.contains("processor")) {
            ProcessorSuite.run(report, output.resolve("processor-benchmark"), sizes, runs, flightRecordings);
        }
        if (only.contains("sync")) {
            SyncSuite.run(report, output.resolve("sync-benchmark"));
        }

        double minutes = (System.nanoTime() - started) / 60e9;
        report.root().put("suiteMinutes", minutes);
        report.addMarkdown("The suite took " + Report.number(minutes, 1) + " minutes.");
        report.write(output);
        System.out.println("Benchmark results written to " + output.resolve("results.md") + " and results.json");
    }

    /** Records the JDK, processor count and CPU model, and returns them as Markdown. */
    private static String describeMachine(ObjectNode root) {
        String cpu = cpuModel();
        ObjectNode machine = root.putObject("machine");
        machine.put("started", Instant.now().toString());
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        machine.put("cpuModel", cpu);
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return "Run started " + machine.get("started").asString() + " on " + machine.get("jdk").asString() + ", "
                + Runtime.getRuntime().availableProcessors() + " available processors, CPU `" + cpu + "`, "
                + machine.get("os").asString() + ".\n";
    }

    /** Returns the {@code Model name} line of {@code lscpu}, or "unknown" where lscpu is missing. */
    private static String cpuModel() {
        try {
            Process lscpu = new ProcessBuilder("lscpu").redirectErrorStream(true).start();
            String text = new String(lscpu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            lscpu.waitFor();
            List<String> model = text.lines().filter(line -> line.startsWith("Model name:")).toList();
            return model.isEmpty() ? "unknown" : model.get(0).substring("Model name:".length()).trim();
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
