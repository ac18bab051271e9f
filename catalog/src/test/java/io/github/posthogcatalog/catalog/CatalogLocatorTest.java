package io.github.posthogcatalog.catalog;

import static io.github.posthogcatalog.catalog.TestCatalogs.catalogWithEvents;
import static io.github.posthogcatalog.catalog.TestCatalogs.event;
import static io.github.posthogcatalog.catalog.TestCatalogs.property;
import static io.github.posthogcatalog.catalog.TestCatalogs.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLocatorTest {

    @TempDir
    Path temp;

    private final Catalog first = catalogWithEvents("first", event("a-happened", property("id", true, string())));
    private final Catalog second = catalogWithEvents("second", event("b-happened"));

    @Test
    void readsDirectoryAndJarInClassPathOrder() throws IOException {
        Path jar = jarWith(temp.resolve("lib.jar"), CatalogJson.write(second).getBytes(StandardCharsets.UTF_8));
        Path classes = directoryWith(temp.resolve("classes"), CatalogJson.write(first));

        List<SourcedCatalog> found = CatalogLocator.locate(List.of(jar, classes));

        assertThat(found).extracting(SourcedCatalog::catalog).containsExactly(second, first);
        assertThat(found.get(0).source()).isEqualTo(jar + "!/META-INF/posthog/catalog.json");
        assertThat(found.get(1).source())
                .isEqualTo(classes.resolve("META-INF/posthog/catalog.json").toString());
    }

    @Test
    void skipsMissingEntriesAndEntriesWithoutCatalog() throws IOException {
        Path emptyDirectory = Files.createDirectory(temp.resolve("empty"));
        Path jarWithoutCatalog = jarWithout(temp.resolve("plain.jar"));
        Path missing = temp.resolve("not-built-yet");
        Path classes = directoryWith(temp.resolve("classes"), CatalogJson.write(first));

        List<SourcedCatalog> found =
                CatalogLocator.locate(List.of(emptyDirectory, jarWithoutCatalog, missing, classes));

        assertThat(found).extracting(SourcedCatalog::catalog).containsExactly(first);
    }

    @Test
    void readsEntryListedTwiceOnce() throws IOException {
        Path classes = directoryWith(temp.resolve("classes"), CatalogJson.write(first));

        List<SourcedCatalog> found =
                CatalogLocator.locate(List.of(classes, temp.resolve("x/../classes")));

        assertThat(found).hasSize(1);
    }

    @Test
    void fileThatIsNotJarFailsWithPath() throws IOException {
        Path notJar = Files.writeString(temp.resolve("broken.jar"), "this is not a zip file");

        assertThatThrownBy(() -> CatalogLocator.locate(List.of(notJar)))
                .isInstanceOf(CatalogReadException.class)
                .hasMessageStartingWith("Cannot read the catalog in " + notJar + ": ")
                .extracting(e -> ((CatalogReadException) e).source())
                .isEqualTo(notJar.toString());
    }

    @Test
    void invalidCatalogInJarNamesJarEntry() throws IOException {
        Path jar = jarWith(temp.resolve("bad.jar"), "{\"formatVersion\": 1,".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CatalogLocator.locate(List.of(jar)))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageStartingWith("Invalid catalog " + jar + "!/META-INF/posthog/catalog.json at ");
    }

    @Test
    void catalogThatIsNotUtf8IsRejected() throws IOException {
        byte[] latin1 = "{\"formatVersion\":1,\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Path jar = jarWith(temp.resolve("latin1.jar"), latin1);

        assertThatThrownBy(() -> CatalogLocator.read(jar))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void readOfMissingEntryIsEmpty() {
        assertThat(CatalogLocator.read(temp.resolve("nothing-here.jar"))).isEmpty();
    }

    private static Path directoryWith(Path directory, String catalogJson) throws IOException {
        Path file = directory.resolve("META-INF/posthog/catalog.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, catalogJson);
        return directory;
    }

    private static Path jarWith(Path jar, byte[] catalogBytes) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), new Manifest())) {
            out.putNextEntry(new JarEntry("META-INF/posthog/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry(Catalog.RESOURCE_PATH));
            out.write(catalogBytes);
            out.closeEntry();
        }
        return jar;
    }

    private static Path jarWithout(Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, new Manifest())) {
            out.putNextEntry(new JarEntry("com/example/Thing.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            out.closeEntry();
        }
        return jar;
    }
}
