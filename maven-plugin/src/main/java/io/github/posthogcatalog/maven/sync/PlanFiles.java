package io.github.posthogcatalog.maven.sync;

import io.github.posthogcatalog.maven.plan.Plan;
import io.github.posthogcatalog.maven.plan.PlanJson;
import io.github.posthogcatalog.maven.plan.PlanMarkdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a plan to {@code plan.json} and {@code plan.md} in the output directory. */
public final class PlanFiles {

    /** The JSON file's name. */
    public static final String JSON = "plan.json";

    /** The Markdown file's name. */
    public static final String MARKDOWN = "plan.md";

    private PlanFiles() {}

    /**
     * Writes both files, replacing older ones.
     *
     * @return the Markdown file, for the summary line
     */
    public static Path write(Plan plan, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(JSON), PlanJson.render(plan), StandardCharsets.UTF_8);
            Path markdown = directory.resolve(MARKDOWN);
            Files.writeString(markdown, PlanMarkdown.render(plan), StandardCharsets.UTF_8);
            return markdown;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the plan to " + directory + ": " + e.getMessage(), e);
        }
    }
}
