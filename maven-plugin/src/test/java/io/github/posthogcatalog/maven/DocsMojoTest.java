package io.github.posthogcatalog.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.catalog.EventDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the docs goal on a real {@link MavenProject} without a Maven build: the class output and a
 * dependency jar on disk, and a log that records what the goal prints.
 */
class DocsMojoTest {

    @TempDir
    Path folder;

    private Path classes;
    private Path output;
    private MavenProject project;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void setUpProject() throws IOException {
        classes = Files.createDirectories(folder.resolve("target/classes"));
        output = folder.resolve("target/posthog/docs");
        project = new MavenProject();
        project.getBuild().setOutputDirectory(classes.toString());
        project.setArtifacts(Set.of());
    }

    private DocsMojo mojo() {
        DocsMojo mojo = new DocsMojo();
        mojo.project = project;
        mojo.outputDirectory = output.toFile();
        mojo.setLog(log);
        return mojo;
    }

    private static Catalog platformOps() throws IOException {
        try (InputStream in = DocsMojoTest.class.getResourceAsStream("/docs/platform-ops-catalog.json")) {
            return CatalogJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "fixture");
        }
    }

    private void writeProjectCatalog(String json) throws IOException {
        Path file = classes.resolve(Catalog.RESOURCE_PATH);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }

    private void addDependencyJar(String name, Catalog catalog) throws IOException {
        Path jar = folder.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(Catalog.RESOURCE_PATH));
            zip.write(CatalogJson.write(catalog).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        DefaultArtifactHandler handler = new DefaultArtifactHandler("jar");
        handler.setAddedToClasspath(true);
        Artifact artifact = new DefaultArtifact("com.example", name, "1.0", Artifact.SCOPE_COMPILE, "jar", null, handler);
        artifact.setFile(jar.toFile());
        project.setArtifacts(Set.of(artifact));
    }

    @Test
    void writesDocsForProjectAndDependencyCatalogs() throws Exception {
        writeProjectCatalog(CatalogJson.write(platformOps()));
        EventDefinition shared = new EventDefinition("billing-invoice-paid", "An invoice was paid.", "billing",
                List.of(), "com.example.billing.InvoicePaid", List.of(), null);
        addDependencyJar("billing-events", new Catalog(Catalog.FORMAT_VERSION, "Billing", List.of(shared), null, null));

        mojo().execute();

        assertThat(output.resolve("index.html")).isRegularFile();
        assertThat(Files.readString(output.resolve("catalog.md"))).contains("billing-invoice-paid", "espi-message");
        assertThat(log.infos()).containsExactly(
                "Wrote docs for 6 events, 5 Actions and 4 Slack alerts to " + output.toFile());
    }

    @Test
    void noCatalogLogsAndWritesNothing() throws Exception {
        mojo().execute();

        assertThat(output).doesNotExist();
        assertThat(log.infos()).containsExactly("No PostHog catalog (META-INF/posthog/catalog.json) in the class "
                + "output or the 0 compile and runtime dependencies; no docs written");
    }

    @Test
    void globalSkipWritesNothing() throws Exception {
        writeProjectCatalog(CatalogJson.write(platformOps()));
        DocsMojo mojo = mojo();
        mojo.skip = true;

        mojo.execute();

        assertThat(output).doesNotExist();
        assertThat(log.infos()).containsExactly("Skipping posthog:docs because posthog.skip is true");
    }

    @Test
    void docsSkipWritesNothing() throws Exception {
        writeProjectCatalog(CatalogJson.write(platformOps()));
        DocsMojo mojo = mojo();
        mojo.skipDocs = true;

        mojo.execute();

        assertThat(output).doesNotExist();
        assertThat(log.infos()).containsExactly("Skipping posthog:docs because posthog.docs.skip is true");
    }

    @Test
    void invalidCatalogFailsNamingTheFile() throws Exception {
        writeProjectCatalog("{\"formatVersion\": 1, \"events\": [");

        assertThatThrownBy(() -> mojo().execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(classes.resolve(Catalog.RESOURCE_PATH).toString());
        assertThat(output).doesNotExist();
    }

    @Test
    void conflictingCatalogsFailTheBuild() throws Exception {
        Catalog own = platformOps();
        writeProjectCatalog(CatalogJson.write(own));
        addDependencyJar("copy", new Catalog(Catalog.FORMAT_VERSION, "Copy", List.of(), own.actions(), List.of()));

        assertThatThrownBy(() -> mojo().execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("copy.jar");
        assertThat(output).doesNotExist();
    }

    /** A Maven log that keeps the info lines and prints everything as Maven's console log would. */
    private static final class RecordingLog extends SystemStreamLog {

        private final List<String> infos = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
            super.info(content);
        }

        List<String> infos() {
            return infos;
        }
    }
}
