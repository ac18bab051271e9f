package io.github.posthogcatalog.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.EventDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsWriterTest {

    @TempDir
    Path folder;

    @Test
    void writesBothFilesAndCounts() throws IOException {
        Path output = folder.resolve("target/posthog/docs");

        DocsSummary summary = DocsWriter.write(DocsFixtures.platformOps(), output);

        assertThat(summary.html()).isEqualTo(output.resolve("index.html")).isRegularFile();
        assertThat(summary.markdown()).isEqualTo(output.resolve("catalog.md")).isRegularFile();
        assertThat(summary.countsInWords()).isEqualTo("5 events, 5 Actions and 4 Slack alerts");
        assertThat(Files.readString(summary.html())).startsWith("<!DOCTYPE html>").contains("espi-message");
        assertThat(Files.readString(summary.markdown())).startsWith("# Platform Ops");
    }

    @Test
    void sameCatalogGivesSameBytes() throws IOException {
        DocsWriter.write(DocsFixtures.platformOps(), folder.resolve("a"));
        DocsWriter.write(DocsFixtures.platformOps(), folder.resolve("b"));

        assertThat(Files.mismatch(folder.resolve("a/index.html"), folder.resolve("b/index.html"))).isEqualTo(-1L);
        assertThat(Files.mismatch(folder.resolve("a/catalog.md"), folder.resolve("b/catalog.md"))).isEqualTo(-1L);
    }

    @Test
    void replacesOlderFiles() throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("index.html"), "old page, much longer than nothing ".repeat(5000));

        DocsWriter.write(new Catalog(Catalog.FORMAT_VERSION, "Small", List.of(), List.of(), List.of()), folder);

        assertThat(Files.readString(folder.resolve("index.html"))).doesNotContain("old page").contains("Small");
    }

    @Test
    void duplicateEventNamesAreRejected() {
        EventDefinition event = new EventDefinition("twice", "", "", List.of(), "a.Twice", List.of(), null);
        Catalog catalog = new Catalog(Catalog.FORMAT_VERSION, "Dup", List.of(event, event), List.of(), List.of());

        assertThatThrownBy(() -> DocsWriter.write(catalog, folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Duplicate event name 'twice' in the catalog. Rename one of the two declarations.");
        assertThat(folder.resolve("index.html")).doesNotExist();
    }

    @Test
    void singularCountsInWords() {
        assertThat(new DocsSummary(1, 1, 1, null, null).countsInWords()).isEqualTo("1 event, 1 Action and 1 Slack alert");
    }
}
