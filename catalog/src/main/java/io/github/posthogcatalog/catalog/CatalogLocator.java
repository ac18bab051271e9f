package io.github.posthogcatalog.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the catalogs on a class path: {@value Catalog#RESOURCE_PATH} in each class output
 * directory and in each jar.
 *
 * <p>Entries that do not exist (a module not compiled yet) and entries without a catalog are
 * skipped. Every regular file is opened as a jar, so a file that is not one fails with
 * {@link CatalogReadException}, like any other entry that exists but cannot be read. A catalog
 * that is found but invalid fails with {@link CatalogFormatException}.
 */
public final class CatalogLocator {

    private CatalogLocator() {}

    /**
     * Reads the catalog of each class-path entry that has one.
     *
     * @param classPath directories and jar files, in class-path order; an entry listed twice is
     *     read once, at its first position
     * @return the catalogs found, in class-path order
     * @throws CatalogReadException when an entry exists but cannot be read
     * @throws CatalogFormatException when a catalog is not valid
     */
    public static List<SourcedCatalog> locate(List<Path> classPath) {
        Set<Path> distinctEntries = new LinkedHashSet<>();
        for (Path entry : classPath) {
            distinctEntries.add(entry.toAbsolutePath().normalize());
        }

        List<SourcedCatalog> catalogs = new ArrayList<>();
        for (Path entry : distinctEntries) {
            read(entry).ifPresent(catalogs::add);
        }
        return List.copyOf(catalogs);
    }

    /**
     * Reads the catalog of one class-path entry.
     *
     * @param entry a directory or a jar file
     * @return the catalog, or empty when the entry does not exist or has no catalog
     * @throws CatalogReadException when the entry exists but cannot be read
     * @throws CatalogFormatException when the catalog is not valid
     */
    public static Optional<SourcedCatalog> read(Path entry) {
        if (Files.isDirectory(entry)) {
            return readFromDirectory(entry);
        }
        if (Files.exists(entry)) {
            return readFromJar(entry);
        }
        return Optional.empty();
    }

    private static Optional<SourcedCatalog> readFromDirectory(Path directory) {
        Path file = directory.resolve(Path.of("", Catalog.RESOURCE_PATH.split("/")));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }

        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CatalogReadException(source, e);
        }
        return Optional.of(parse(bytes, source));
    }

    private static Optional<SourcedCatalog> readFromJar(Path jar) {
        String source = jar + "!/" + Catalog.RESOURCE_PATH;
        try (ZipFile zip = new ZipFile(jar.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(Catalog.RESOURCE_PATH);
            if (entry == null || entry.isDirectory()) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(parse(in.readAllBytes(), source));
            }
        } catch (IOException e) {
            throw new CatalogReadException(jar.toString(), e);
        }
    }

    // The processor writes UTF-8. Strict decoding turns a damaged file into a clear error instead
    // of replacement characters in event names.
    private static SourcedCatalog parse(byte[] bytes, String source) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CatalogFormatException(source, "$", "the file is not valid UTF-8", e);
        }
        return new SourcedCatalog(source, CatalogJson.read(text, source));
    }
}
