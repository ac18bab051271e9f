package io.github.posthogcatalog.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The figures of one run: {@code results.json} for tools and {@code results.md} for people. Each
 * suite adds a section with its JSON object and its Markdown.
 */
public final class Report {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ObjectNode json = MAPPER.createObjectNode();
    private final StringBuilder markdown = new StringBuilder();

    /** Starts an empty report. */
    public Report() {
        markdown.append("# Benchmark results\n\n");
    }

    /** Returns a new empty JSON object for a section. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Returns the top-level JSON object, for facts about the whole run. */
    public ObjectNode root() {
        return json;
    }

    /** Adds a section under a key, with its Markdown. */
    public void add(String key, ObjectNode section, String sectionMarkdown) {
        json.set(key, section);
        markdown.append(sectionMarkdown).append('\n');
    }

    /** Appends Markdown that has no JSON section, such as the machine's description. */
    public void addMarkdown(String text) {
        markdown.append(text).append('\n');
    }

    /** Writes {@code results.json} and {@code results.md} into the directory. */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("results.json"),
                MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("results.md"), markdown.toString(), StandardCharsets.UTF_8);
    }

    /** Returns a Markdown table. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder table = new StringBuilder();
        table.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(column -> table.append(" --- |"));
        table.append('\n');
        for (List<String> row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return table.toString();
    }

    /** Formats a number with the given decimals, in the root locale. */
    public static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
