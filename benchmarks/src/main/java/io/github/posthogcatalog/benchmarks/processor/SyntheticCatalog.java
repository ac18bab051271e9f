package io.github.posthogcatalog.benchmarks.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a catalog of generated {@code @Event} records for the processor benchmark: one
 * {@code package-info.java} with {@code @Catalog} and one record per event, each with ten
 * documented properties of the common kinds (strings, numbers, a boolean, an optional, an instant
 * and a UUID). The records sit in packages of {@value #EVENTS_PER_PACKAGE} events below the
 * catalog package, as a large catalog groups its events by domain. The sources are the same for
 * the same count, so runs compare like with like.
 */
final class SyntheticCatalog {

    static final String PACKAGE = "bench.synthetic";
    static final int PROPERTIES_PER_EVENT = 10;
    static final int EVENTS_PER_PACKAGE = 500;

    private SyntheticCatalog() {}

    /**
     * Writes the sources into {@code directory}, replacing nothing that is not a catalog source.
     *
     * @return every source file written
     */
    static List<Path> write(Path directory, int events) throws IOException {
        Path catalogDirectory = directory.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(catalogDirectory);
        List<Path> files = new ArrayList<>();

        Path packageInfo = catalogDirectory.resolve("package-info.java");
        Files.writeString(packageInfo, """
                /** A synthetic catalog of %d events. */
                @Catalog(name = "synthetic", description = "Events for the processor benchmark.")
                package %s;

                import io.github.posthogcatalog.annotations.Catalog;
                """.formatted(events, PACKAGE), StandardCharsets.UTF_8);
        files.add(packageInfo);

        for (int index = 1; index <= events; index++) {
            String packageName = packageOf(index);
            Path packageDirectory = directory.resolve(packageName.replace('.', '/'));
            Files.createDirectories(packageDirectory);
            String name = typeName(index);
            Path file = packageDirectory.resolve(name + ".java");
            Files.writeString(file, source(packageName, name, index), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** Returns the package of an event: the first 500 go in {@code group01}, the next 500 in {@code group02}. */
    static String packageOf(int index) {
        return String.format(Locale.ROOT, "%s.group%02d", PACKAGE, (index - 1) / EVENTS_PER_PACKAGE + 1);
    }

    static String typeName(int index) {
        return String.format(Locale.ROOT, "Event%05d", index);
    }

    private static String source(String packageName, String name, int index) {
        return """
                package %1$s;

                import io.github.posthogcatalog.annotations.Event;
                import java.time.Instant;
                import java.util.Optional;
                import java.util.UUID;

                /**
                 * Synthetic event number %2$d, sent when step %2$d of a workflow finishes.
                 *
                 * @param accountId the account the workflow runs in
                 * @param itemCount how many items the step handled
                 * @param totalBytes how many bytes the step read
                 * @param succeeded whether the step succeeded
                 * @param ratio the share of items that needed a retry
                 * @param source the system that started the workflow
                 * @param campaign the marketing campaign, when there was one
                 * @param finishedAt when the step finished
                 * @param requestId the request that started the workflow
                 * @param region the region the step ran in
                 */
                @Event(name = "synthetic-event-%2$05d")
                public record %3$s(
                        String accountId,
                        int itemCount,
                        long totalBytes,
                        boolean succeeded,
                        double ratio,
                        String source,
                        Optional<String> campaign,
                        Instant finishedAt,
                        UUID requestId,
                        String region) {}
                """.formatted(packageName, index, name);
    }
}
