package io.github.posthogcatalog.benchmarks.processor;

import io.github.posthogcatalog.annotations.Event;
import io.github.posthogcatalog.benchmarks.Report;
import io.github.posthogcatalog.benchmarks.Stats;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles synthetic catalogs of 100, 1,000 and 5,000 events with javac, with and without the
 * processor, a few times each in alternation, each compilation in a fresh JVM ({@link JavacRun}).
 * It reports the added time, the processor's own time from its timing note as a share of plain
 * javac, the generated lines per event, and how each figure grows with the number of events.
 */
public final class ProcessorSuite {

    /** The target: at 1,000 events the processor's own time is at most this share of plain javac. */
    static final double TARGET_SHARE = 0.10;

    /** A growth exponent above this counts as faster than linear; the margin absorbs run-to-run noise. */
    static final double LINEAR_EXPONENT = 1.10;

    private ProcessorSuite() {}

    /** The figures of one catalog size. */
    record SizeResult(int events, Stats plainMillis, Stats processorMillis, Stats ownMillis, Stats validationMillis,
            Stats generationMillis, Stats actionsMillis, Stats catalogMillis, long generatedLines) {

        double addedRatio() {
            return processorMillis.median() / plainMillis.median();
        }

        double ownShare() {
            return ownMillis.median() / plainMillis.median();
        }

        double addedMillis() {
            return processorMillis.median() - plainMillis.median();
        }
    }

    /**
     * Runs every size and adds the processor section to the report.
     *
     * @param workDirectory where the catalogs and their outputs go
     * @param sizes the numbers of events of the catalogs, smallest first
     * @param runs compilations per size and mode
     * @param flightRecordings whether each run with the processor records a JFR file beside its output
     */
    public static void run(Report report, Path workDirectory, List<Integer> sizes, int runs, boolean flightRecordings)
            throws IOException, InterruptedException {
        String compileClassPath = annotationsJar();
        List<SizeResult> results = new ArrayList<>();
        for (int events : sizes) {
            results.add(measure(workDirectory.resolve("catalog-" + events), events, runs, compileClassPath,
                    flightRecordings));
        }
        report.add("processor", json(results, runs), markdown(results, runs));
    }

    private static SizeResult measure(Path directory, int events, int runs, String classPath, boolean flightRecordings)
            throws IOException, InterruptedException {
        Path sources = directory.resolve("src");
        delete(directory);
        SyntheticCatalog.write(sources, events);

        List<Double> plain = new ArrayList<>();
        List<Double> processor = new ArrayList<>();
        List<Double> own = new ArrayList<>();
        List<Double> validation = new ArrayList<>();
        List<Double> generation = new ArrayList<>();
        List<Double> actions = new ArrayList<>();
        List<Double> catalog = new ArrayList<>();
        long lines = 0;
        for (int run = 1; run <= runs; run++) {
            long[] withoutProcessor = compile(sources, directory.resolve("plain-" + run), classPath, false, false);
            plain.add((double) withoutProcessor[0]);

            long[] withProcessor = compile(sources, directory.resolve("processor-" + run), classPath, true,
                    flightRecordings);
            processor.add((double) withProcessor[0]);
            own.add((double) withProcessor[1]);
            validation.add((double) withProcessor[2]);
            generation.add((double) withProcessor[3]);
            actions.add((double) withProcessor[4]);
            catalog.add((double) withProcessor[5]);
            lines = withProcessor[6];
            System.out.printf("processor benchmark: %d events, run %d: plain %d ms, with processor %d ms (own %d ms)%n",
                    events, run, withoutProcessor[0], withProcessor[0], withProcessor[1]);
        }
        return new SizeResult(events, Stats.of(plain), Stats.of(processor), Stats.of(own), Stats.of(validation),
                Stats.of(generation), Stats.of(actions), Stats.of(catalog), lines);
    }

    /** Runs {@link JavacRun} in a fresh JVM and returns the numbers of its result line. */
    private static long[] compile(Path sources, Path output, String classPath, boolean withProcessor,
            boolean flightRecording) throws IOException, InterruptedException {
        delete(output);
        Files.createDirectories(output);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g"));
        if (flightRecording) {
            command.add("-XX:StartFlightRecording=filename=" + output.resolve("javac.jfr") + ",settings=profile");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), JavacRun.class.getName(),
                sources.toString(), output.toString(), classPath, withProcessor ? "processor" : "plain"));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("javac failed on " + sources + " (" + (withProcessor ? "with" : "without")
                    + " the processor); output: " + out);
        }
        String result = out.lines().filter(line -> line.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("JavacRun printed no result: " + out));
        String[] fields = result.substring("RESULT ".length()).trim().split(" ");
        long[] numbers = new long[fields.length];
        for (int i = 0; i < fields.length; i++) {
            numbers[i] = Long.parseLong(fields[i]);
        }
        return numbers;
    }

    /** Returns the runtime jar (or class folder) with the annotations, the only class path the catalog needs. */
    private static String annotationsJar() {
        try {
            return Path.of(Event.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the runtime classes", e);
        }
    }

    private static ObjectNode json(List<SizeResult> results, int runs) {
        ObjectNode json = Report.object();
        json.put("runsPerMode", runs);
        json.put("propertiesPerEvent", SyntheticCatalog.PROPERTIES_PER_EVENT);
        json.put("targetShareAt1000", TARGET_SHARE);

        ArrayNode sizes = json.putArray("sizes");
        for (SizeResult result : results) {
            ObjectNode size = sizes.addObject();
            size.put("events", result.events());
            stats(size.putObject("plainJavacMillis"), result.plainMillis());
            stats(size.putObject("withProcessorMillis"), result.processorMillis());
            stats(size.putObject("processorOwnMillis"), result.ownMillis());
            stats(size.putObject("validationMillis"), result.validationMillis());
            stats(size.putObject("generationMillis"), result.generationMillis());
            stats(size.putObject("actionsAndAlertsMillis"), result.actionsMillis());
            stats(size.putObject("catalogMillis"), result.catalogMillis());
            size.put("addedRatio", result.addedRatio());
            size.put("processorShareOfPlain", result.ownShare());
            size.put("generatedLines", result.generatedLines());
            size.put("generatedLinesPerEvent", (double) result.generatedLines() / result.events());
        }

        ObjectNode growth = json.putObject("growthExponents");
        for (int i = 1; i < results.size(); i++) {
            SizeResult from = results.get(i - 1);
            SizeResult to = results.get(i);
            ObjectNode step = growth.putObject(from.events() + "-" + to.events());
            step.put("plainJavac", exponent(from, to, from.plainMillis().median(), to.plainMillis().median()));
            step.put("withProcessor", exponent(from, to, from.processorMillis().median(), to.processorMillis().median()));
            step.put("addedTime", exponent(from, to, from.addedMillis(), to.addedMillis()));
            step.put("processorOwn", exponent(from, to, from.ownMillis().median(), to.ownMillis().median()));
            step.put("generatedLines", exponent(from, to, from.generatedLines(), to.generatedLines()));
        }

        thousand(results).ifPresent(thousand -> json.put("shareTargetMet", thousand.ownShare() <= TARGET_SHARE));
        if (results.size() > 1) {
            json.put("linearGrowthMet", maxExponent(results) <= LINEAR_EXPONENT);
        }
        return json;
    }

    private static String markdown(List<SizeResult> results, int runs) {
        List<List<String>> rows = new ArrayList<>();
        for (SizeResult result : results) {
            rows.add(List.of(String.valueOf(result.events()),
                    result.plainMillis().format(0),
                    result.processorMillis().format(0),
                    Report.number(result.addedRatio(), 2),
                    result.ownMillis().format(0),
                    Report.number(result.validationMillis().median(), 0) + " / "
                            + Report.number(result.generationMillis().median(), 0) + " / "
                            + Report.number(result.actionsMillis().median(), 0) + " / "
                            + Report.number(result.catalogMillis().median(), 0),
                    Report.number(100 * result.ownShare(), 1) + " %",
                    Report.number((double) result.generatedLines() / result.events(), 1)));
        }
        List<List<String>> growthRows = new ArrayList<>();
        for (int i = 1; i < results.size(); i++) {
            SizeResult from = results.get(i - 1);
            SizeResult to = results.get(i);
            growthRows.add(List.of(from.events() + " → " + to.events(),
                    Report.number(exponent(from, to, from.plainMillis().median(), to.plainMillis().median()), 2),
                    Report.number(exponent(from, to, from.processorMillis().median(), to.processorMillis().median()), 2),
                    Report.number(exponent(from, to, from.addedMillis(), to.addedMillis()), 2),
                    Report.number(exponent(from, to, from.ownMillis().median(), to.ownMillis().median()), 2),
                    Report.number(exponent(from, to, from.generatedLines(), to.generatedLines()), 2)));
        }
        return "## Processor cost\n\n"
                + "Synthetic catalogs of records with " + SyntheticCatalog.PROPERTIES_PER_EVENT + " properties each,"
                + " compiled by javac (`javax.tools`, `--release 17`) in a fresh JVM per compilation, " + runs
                + " runs per mode, alternating; times are the median (min–max) of `CompilationTask.call()` in ms."
                + " The processor's own time comes from its `-Aposthog.catalog.timing=true` note.\n\n"
                + Report.table(List.of("events", "plain javac ms", "javac + processor ms", "added ratio",
                        "processor own ms", "validation / generation / actions and alerts / catalog ms", "own / plain javac",
                        "generated lines per event"), rows)
                + "\nGrowth exponent k in time ∝ events^k between sizes (1 is linear):\n\n"
                + Report.table(List.of("sizes", "plain javac", "javac + processor", "added time", "processor own",
                        "generated lines"), growthRows)
                + "\nTarget at 1,000 events, processor own time ≤ 10 % of plain javac: "
                + thousand(results).map(thousand -> Report.number(100 * thousand.ownShare(), 1) + " %, "
                        + (thousand.ownShare() <= TARGET_SHARE ? "met" : "missed"))
                        .orElse("not measured (no 1,000-event catalog in this run)")
                + ". Target no faster than linear growth (k ≤ " + LINEAR_EXPONENT + "): "
                + (results.size() < 2 ? "not measured (one catalog size in this run)"
                        : "highest k " + Report.number(maxExponent(results), 2) + ", "
                                + (maxExponent(results) <= LINEAR_EXPONENT ? "met" : "missed"))
                + ".\n";
    }

    private static Optional<SizeResult> thousand(List<SizeResult> results) {
        return results.stream().filter(result -> result.events() == 1_000).findFirst();
    }

    private static double maxExponent(List<SizeResult> results) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < results.size(); i++) {
            SizeResult from = results.get(i - 1);
            SizeResult to = results.get(i);
            max = Math.max(max, exponent(from, to, from.addedMillis(), to.addedMillis()));
            max = Math.max(max, exponent(from, to, from.ownMillis().median(), to.ownMillis().median()));
            max = Math.max(max, exponent(from, to, from.generatedLines(), to.generatedLines()));
            max = Math.max(max, exponent(from, to, from.processorMillis().median(), to.processorMillis().median()));
        }
        return max;
    }

    private static double exponent(SizeResult from, SizeResult to, double fromValue, double toValue) {
        return Math.log(toValue / fromValue) / Math.log((double) to.events() / from.events());
    }

    private static void stats(ObjectNode node, Stats stats) {
        node.put("median", stats.median());
        node.put("min", stats.min());
        node.put("max", stats.max());
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
