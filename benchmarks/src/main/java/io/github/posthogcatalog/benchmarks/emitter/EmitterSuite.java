package io.github.posthogcatalog.benchmarks.emitter;

import io.github.posthogcatalog.benchmarks.Report;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs {@link EmitterBenchmark} under JMH with the GC profiler and compares each generated path
 * with its hand-written baseline from the same run. The settings suit a 2-core machine: 2 forks,
 * each with 5 warm-up iterations of 1 s and 5 measured iterations of 2 s per benchmark. The heap
 * is fixed at 1 GB, because a heap that grows and shrinks adds garbage-collection noise. One fork with 3
 * warm-up and 5 measured iterations of 1 s gave 99.9 % errors of 40 to 76 % of the score there.
 */
public final class EmitterSuite {

    /** The target: the generated path may cost at most this much more than the hand-written one. */
    static final double TARGET_RATIO = 1.10;

    // The JMH settings; the report's text is built from the same constants.
    private static final int FORKS = 2;
    private static final int WARMUP_ITERATIONS = 5;
    private static final int WARMUP_SECONDS = 1;
    private static final int MEASUREMENT_ITERATIONS = 5;
    private static final int MEASUREMENT_SECONDS = 2;
    private static final List<String> HEAP_ARGS = List.of("-Xms1g", "-Xmx1g");

    /** JMH's name for the bytes allocated per operation; releases before 1.37 prefixed it with '·'. */
    private static final List<String> ALLOCATION_KEYS = List.of("gc.alloc.rate.norm", "·gc.alloc.rate.norm");

    private EmitterSuite() {}

    /** One benchmark's time and allocation per operation, each with JMH's 99.9 % error. */
    record Figures(double nanos, double nanosError, double bytes, double bytesError) {}

    /** Runs the benchmarks and adds the emitter section to the report. */
    public static void run(Report report, ReflectionCheck.Outcome reflection) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(EmitterBenchmark.class.getName() + "\\.")
                .forks(FORKS)
                .warmupIterations(WARMUP_ITERATIONS)
                .warmupTime(TimeValue.seconds(WARMUP_SECONDS))
                .measurementIterations(MEASUREMENT_ITERATIONS)
                .measurementTime(TimeValue.seconds(MEASUREMENT_SECONDS))
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend(HEAP_ARGS.toArray(String[]::new))
                .shouldFailOnError(true)
                .build();
        Map<String, Figures> figures = figures(new Runner(options).run());

        ObjectNode json = Report.object();
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> splitRows = new ArrayList<>();
        for (String size : List.of("small", "wide")) {
            Figures generated = require(figures, size + "Generated");
            Figures handWritten = require(figures, size + "HandWritten");
            Figures emitterOnly = require(figures, size + "EmitterOnly");
            double timeRatio = generated.nanos() / handWritten.nanos();
            double allocationRatio = generated.bytes() / handWritten.bytes();

            ObjectNode entry = json.putObject(size);
            entry.put("properties", size.equals("small") ? 3 : 20);
            put(entry.putObject("generated"), generated);
            put(entry.putObject("handWritten"), handWritten);
            put(entry.putObject("emitterOnly"), emitterOnly);
            entry.put("timeRatio", timeRatio);
            entry.put("timeRatioError", ratioError(generated.nanos(), generated.nanosError(),
                    handWritten.nanos(), handWritten.nanosError()));
            entry.put("allocationRatio", allocationRatio);
            entry.put("timeTargetMet", timeRatio <= TARGET_RATIO);

            rows.add(List.of(size.equals("small") ? "small (3 properties)" : "wide (20 properties)",
                    Report.number(generated.nanos(), 1) + " ± " + Report.number(generated.nanosError(), 1),
                    Report.number(handWritten.nanos(), 1) + " ± " + Report.number(handWritten.nanosError(), 1),
                    Report.number(timeRatio, 2) + " ± " + Report.number(entry.get("timeRatioError").asDouble(), 2),
                    Report.number(generated.bytes(), 0),
                    Report.number(handWritten.bytes(), 0),
                    Report.number(allocationRatio, 2),
                    timeRatio <= TARGET_RATIO ? "met" : "missed"));
            splitRows.add(List.of(size,
                    Report.number(emitterOnly.nanos(), 1) + " ns, " + Report.number(emitterOnly.bytes(), 0) + " B",
                    Report.number(generated.nanos() - emitterOnly.nanos(), 1) + " ns, "
                            + Report.number(generated.bytes() - emitterOnly.bytes(), 0) + " B",
                    Report.number(handWritten.nanos(), 1) + " ns, " + Report.number(handWritten.bytes(), 0) + " B"));
        }
        json.put("targetRatio", TARGET_RATIO);
        json.set("reflection", reflection.toJson());

        String markdown = "## Emitter cost per event\n\n"
                + "JMH 1.37, average time, " + FORKS + " forks, " + WARMUP_ITERATIONS + " × "
                + WARMUP_SECONDS + " s warm-up, " + MEASUREMENT_ITERATIONS + " × " + MEASUREMENT_SECONDS
                + " s measurement, `" + String.join(" ", HEAP_ARGS) + "`, `-prof gc`;"
                + " ± is JMH's 99.9 % confidence half-width. Generated: staged builder → `CapturedEvent`"
                + " → `PostHogSink.send` → `PostHogCaptureOptions` → a client that discards it. Hand-written:"
                + " the same map and `PostHogCaptureOptions`, into the same client.\n\n"
                + Report.table(List.of("event", "generated ns/event", "hand-written ns/event", "time ratio",
                        "generated B/event", "hand-written B/event", "allocation ratio", "target ≤ 1.10"), rows)
                + "\nWhere the generated path's cost goes: the emitter up to the `CapturedEvent` (measured into a"
                + " sink that keeps it), and `PostHogSink`'s conversion (the difference to the full path):\n\n"
                + Report.table(List.of("event", "emitter + CapturedEvent", "PostHogSink.send conversion",
                        "hand-written total"), splitRows)
                + "\nReflection on the path: " + reflection.summary() + "\n";
        report.add("emitter", json, markdown);
    }

    private static Map<String, Figures> figures(Collection<RunResult> results) {
        Map<String, Figures> figures = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            Result<?> time = result.getPrimaryResult();
            Result<?> allocation = allocation(result);
            figures.put(method, new Figures(time.getScore(), time.getScoreError(),
                    allocation.getScore(), allocation.getScoreError()));
        }
        return figures;
    }

    private static Result<?> allocation(RunResult result) {
        for (String key : ALLOCATION_KEYS) {
            Result<?> allocation = result.getSecondaryResults().get(key);
            if (allocation != null) {
                return allocation;
            }
        }
        throw new IllegalStateException("JMH's GC profiler reported no " + ALLOCATION_KEYS.get(0) + " for "
                + result.getParams().getBenchmark() + "; it reported " + result.getSecondaryResults().keySet());
    }

    private static Figures require(Map<String, Figures> figures, String method) {
        Figures found = figures.get(method);
        if (found == null) {
            throw new IllegalStateException("JMH returned no result for " + method + "; it ran " + figures.keySet());
        }
        return found;
    }

    private static void put(ObjectNode node, Figures figures) {
        node.put("nanosPerEvent", figures.nanos());
        node.put("nanosError", figures.nanosError());
        node.put("bytesPerEvent", figures.bytes());
        node.put("bytesError", figures.bytesError());
    }

    /** The error of a quotient from the relative errors of its parts, as for independent errors. */
    private static double ratioError(double numerator, double numeratorError, double denominator,
            double denominatorError) {
        double ratio = numerator / denominator;
        return ratio * Math.hypot(numeratorError / numerator, denominatorError / denominator);
    }
}
