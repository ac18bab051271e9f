package io.github.posthogcatalog.benchmarks.emitter;

import io.github.posthogcatalog.runtime.CapturedEvent;
import io.github.posthogcatalog.runtime.DistinctIds;
import io.github.posthogcatalog.runtime.EventBuilder;
import io.github.posthogcatalog.runtime.PostHogSink;
import io.github.posthogcatalog.runtime.PropertyValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks that no reflection is on the path of an event: the generated sources of the benchmark's
 * catalog, their compiled classes, and the runtime classes that the path reaches. Sources are
 * searched for the reflective APIs by name. Class files are searched for the same names in their
 * constant pool, because any call to them would have to name them there.
 *
 * <p>{@code PostHogSink}'s constructor reaches {@code ClientQueue}, which reads one field of
 * PostHog's client by reflection once per sink; {@code send} does not reach it, so it is not
 * searched.
 */
public final class ReflectionCheck {

    /** Names of reflective APIs that must not appear in generated sources. */
    static final List<String> SOURCE_PATTERNS = List.of("java.lang.reflect", "Class.forName", "setAccessible",
            "getDeclaredField", "getDeclaredMethod", "getMethod(", "MethodHandles");

    /** Names of reflective APIs that must not appear in the constant pool of a class on the path. */
    static final List<String> CLASS_PATTERNS = List.of("java/lang/reflect/", "forName", "setAccessible",
            "getDeclaredField", "getDeclaredMethod", "findVirtual", "findStatic");

    /** The runtime classes an event passes through; the map view is package-private, so it is named. */
    private static final List<String> RUNTIME_PATH = List.of(EventBuilder.class.getName(),
            CapturedEvent.class.getName(), "io.github.posthogcatalog.runtime.OwnedMapView", DistinctIds.class.getName(),
            PropertyValues.class.getName(), PostHogSink.class.getName());

    private ReflectionCheck() {}

    /**
     * The result of the check.
     *
     * @param sources how many generated source files were searched
     * @param classes how many class files were searched
     * @param findings each file and the pattern found in it; empty when the path is free of reflection
     */
    public record Outcome(int sources, int classes, List<String> findings) {

        /** Returns one sentence for the report. */
        public String summary() {
            String searched = "searched " + sources + " generated sources for " + SOURCE_PATTERNS
                    + " and " + classes + " class files (generated emitters, EventBuilder, CapturedEvent,"
                    + " OwnedMapView, DistinctIds, PropertyValues, PostHogSink) for " + CLASS_PATTERNS;
            return findings.isEmpty() ? "none; " + searched + "." : "FOUND " + findings + "; " + searched + ".";
        }

        ObjectNode toJson() {
            ObjectNode json = io.github.posthogcatalog.benchmarks.Report.object();
            json.put("generatedSources", sources);
            json.put("classFiles", classes);
            findings.forEach(json.putArray("findings")::add);
            json.put("free", findings.isEmpty());
            return json;
        }
    }

    /**
     * Searches the generated sources and classes of the benchmark's catalog.
     *
     * @param generatedSources the processor's source output, such as {@code target/generated-sources/annotations}
     * @param classes the class output, such as {@code target/classes}
     */
    public static Outcome run(Path generatedSources, Path classes) throws IOException {
        Path catalogPackage = Path.of("io", "github", "posthogcatalog", "benchmarks", "emitter");
        List<String> findings = new ArrayList<>();

        List<Path> sources = catalogFiles(generatedSources.resolve(catalogPackage), ".java");
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            SOURCE_PATTERNS.stream().filter(text::contains).forEach(found -> findings.add(source.getFileName() + ": " + found));
        }

        List<Path> classFiles = catalogFiles(classes.resolve(catalogPackage), ".class");
        for (Path classFile : classFiles) {
            search(classFile.getFileName().toString(), Files.readAllBytes(classFile), findings);
        }
        for (String type : RUNTIME_PATH) {
            search(type.substring(type.lastIndexOf('.') + 1) + ".class", bytesOf(type), findings);
        }
        if (sources.isEmpty() || classFiles.isEmpty()) {
            findings.add("no generated emitters found under " + generatedSources + " and " + classes);
        }
        return new Outcome(sources.size(), classFiles.size() + RUNTIME_PATH.size(), findings);
    }

    /** Returns the generated files: the emitters and the entry class, with their nested classes. */
    private static List<Path> catalogFiles(Path directory, String extension) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.endsWith(extension)
                        && (name.contains("Emitter") || name.startsWith("BenchmarksEvents"));
            }).sorted().toList();
        }
    }

    private static void search(String name, byte[] bytes, List<String> findings) {
        // Constant-pool strings are modified UTF-8, which equals ASCII for these names.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        CLASS_PATTERNS.stream().filter(text::contains).forEach(found -> findings.add(name + ": " + found));
    }

    private static byte[] bytesOf(String type) {
        String resource = type.replace('.', '/') + ".class";
        try (InputStream in = CapturedEvent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("class file not found: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
