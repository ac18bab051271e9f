package io.github.posthogcatalog.maven.docs;

import io.github.posthogcatalog.catalog.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the documentation of a catalog: {@value #HTML_FILE}, one self-contained page, and
 * {@value #MARKDOWN_FILE}, the same content in GitHub-flavoured Markdown. Both depend only on the
 * catalog, so the same catalog gives the same bytes.
 */
public final class DocsWriter {

    /** The name of the HTML page in the output folder. */
    public static final String HTML_FILE = "index.html";

    /** The name of the Markdown file in the output folder. */
    public static final String MARKDOWN_FILE = "catalog.md";

    private DocsWriter() {}

    /**
     * Renders both files into a folder, creating it when needed and replacing older files.
     *
     * @throws IllegalArgumentException when the catalog declares an event name, Action key or alert
     *     key twice
     * @throws IOException when a file cannot be written
     */
    public static DocsSummary write(Catalog catalog, Path outputDirectory) throws IOException {
        CatalogIndex index = new CatalogIndex(catalog);
        String html = HtmlPage.render(index);
        String markdown = MarkdownDocument.render(index);

        Files.createDirectories(outputDirectory);
        Path htmlFile = outputDirectory.resolve(HTML_FILE);
        Path markdownFile = outputDirectory.resolve(MARKDOWN_FILE);
        Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
        Files.writeString(markdownFile, markdown, StandardCharsets.UTF_8);

        DocsSummary counts = DocsSummary.of(catalog);
        return new DocsSummary(counts.events(), counts.actions(), counts.alerts(), htmlFile, markdownFile);
    }
}
