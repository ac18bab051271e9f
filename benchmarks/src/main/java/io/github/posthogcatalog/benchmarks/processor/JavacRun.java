package io.github.posthogcatalog.benchmarks.processor;

import io.github.posthogcatalog.processor.LocalEventProcessor;
import io.github.posthogcatalog.processor.PostHogCatalogProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaCompiler.CompilationTask;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac compilation of a synthetic catalog, run in a JVM of its own so that every run starts
 * as cold as a build does and no run warms the JIT for the next. It prints one line,
 * {@code RESULT <wall ms> <processor total ms> <validation ms> <generation ms> <actions and alerts ms> <catalog ms>
 * <generated lines>},
 * with -1 for the processor's figures in a run without it.
 *
 * <pre>
 * java -cp ... JavacRun SOURCES OUTPUT CLASSPATH plain|processor
 * </pre>
 */
public final class JavacRun {

    private static final Pattern TIMING = Pattern.compile(
            "took (\\d+) ms: validation (\\d+) ms, generation (\\d+) ms, actions and alerts (\\d+) ms, catalog (\\d+) ms");

    private JavacRun() {}

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String classPath = args[2];
        boolean withProcessor = args[3].equals("processor");

        Path classes = output.resolve("classes");
        Path generated = output.resolve("generated");
        Files.createDirectories(classes);
        Files.createDirectories(generated);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
                "-s", generated.toString(), "-classpath", classPath, "-encoding", "UTF-8"));
        options.add(withProcessor ? "-A" + PostHogCatalogProcessor.TIMING_OPTION + "=true" : "-proc:none");

        long started = System.nanoTime();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(javaFiles(sources)));
            if (withProcessor) {
                task.setProcessors(List.of(new PostHogCatalogProcessor(), new LocalEventProcessor()));
            }
            compiled = task.call();
        }
        long wallMillis = (System.nanoTime() - started) / 1_000_000;

        if (!compiled) {
            diagnostics.getDiagnostics().forEach(System.err::println);
            System.exit(1);
        }
        long[] timing = withProcessor ? timing(diagnostics) : new long[] {-1, -1, -1, -1, -1};
        System.out.printf(Locale.ROOT, "RESULT %d %d %d %d %d %d %d%n", wallMillis, timing[0], timing[1], timing[2],
                timing[3], timing[4], withProcessor ? lines(generated) : 0);
    }

    private static List<Path> javaFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static long[] timing(DiagnosticCollector<JavaFileObject> diagnostics) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            Matcher matcher = TIMING.matcher(diagnostic.getMessage(Locale.ROOT));
            if (diagnostic.getKind() == Diagnostic.Kind.NOTE && matcher.find()) {
                long[] millis = new long[5];
                for (int group = 1; group <= millis.length; group++) {
                    millis[group - 1] = Long.parseLong(matcher.group(group));
                }
                return millis;
            }
        }
        throw new IllegalStateException("the processor printed no timing note; notes: " + diagnostics.getDiagnostics());
    }

    private static long lines(Path generated) throws IOException {
        long lines = 0;
        for (Path file : javaFiles(generated)) {
            try (Stream<String> text = Files.lines(file, StandardCharsets.UTF_8)) {
                lines += text.count();
            }
        }
        return lines;
    }
}
