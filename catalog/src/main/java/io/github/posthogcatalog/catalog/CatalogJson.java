package io.github.posthogcatalog.catalog;

import com.networknt.schema.Error;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes catalogs as JSON. Output is deterministic: object keys are sorted (except the
 * top level, which keeps the fixed order {@code formatVersion}, {@code name}, {@code events},
 * {@code actions}, {@code destinations}), two spaces indent and a final newline, so the same
 * catalog always gives the same bytes. Lists are written in the order the records hold them.
 */
public final class CatalogJson {

    private CatalogJson() {}

    /** Returns the shared mapper, configured for the catalog format. */
    public static JsonMapper mapper() {
        return SharedMapper.MAPPER;
    }

    /**
     * Serialises a catalog to its canonical JSON text. The text is what {@link #mapper()} writes for
     * the catalog, with {@code \n} line ends and a final newline. It is written without databind,
     * so that the annotation processor does not pay for building the mapper in javac's cold JVM.
     */
    public static String write(Catalog catalog) {
        return CanonicalJsonWriter.write(catalog);
    }

    /**
     * Parses a catalog and validates it against {@link CatalogSchema} before binding it.
     *
     * @param json the file's text
     * @param source where the text came from, for error messages (a path or a jar entry)
     * @throws CatalogFormatException when the text is malformed JSON, has a format version other
     *     than {@value Catalog#FORMAT_VERSION}, or breaks the schema; the exception names the JSON
     *     path of the first fault in document order
     */
    public static Catalog read(String json, String source) {
        JsonNode tree = parse(json, source);
        checkFormatVersion(tree, source);
        checkSchema(tree, source);
        return bind(tree, source);
    }

    private static JsonNode parse(String json, String source) {
        JsonNode tree;
        try {
            tree = mapper().readTree(json);
        } catch (JacksonException e) {
            throw new CatalogFormatException(source, ParseFaults.pathOf(e), ParseFaults.describe(e), e);
        }
        if (tree == null || !tree.isObject()) {
            String found = tree == null || tree.isMissingNode()
                    ? "no JSON value"
                    : "a JSON " + tree.getNodeType().name().toLowerCase(Locale.ROOT);
            throw new CatalogFormatException(source, JsonPaths.ROOT, "expected a JSON object but found " + found, null);
        }
        return tree;
    }

    // Runs before the schema, because a catalog of another version may break the version 1 schema
    // in many places, and the useful message is the version, not the first of those faults.
    private static void checkFormatVersion(JsonNode tree, String source) {
        JsonNode version = tree.get("formatVersion");
        if (version != null && version.isIntegralNumber() && version.asLong() != Catalog.FORMAT_VERSION) {
            throw new CatalogFormatException(source, "$.formatVersion",
                    "unsupported catalog format version " + version.asString() + ". This version of"
                            + " posthog-catalog reads format version " + Catalog.FORMAT_VERSION
                            + " only; upgrade posthog-maven-plugin to a release that reads format version "
                            + version.asString() + ".",
                    null);
        }
    }

    private static void checkSchema(JsonNode tree, String source) {
        List<Error> errors = CatalogSchema.validate(tree);
        if (!errors.isEmpty()) {
            SchemaFaults.Fault first = SchemaFaults.first(tree, CatalogSchema.tree(), errors);
            throw new CatalogFormatException(source, first.path(), first.problem(), null);
        }
    }

    private static Catalog bind(JsonNode tree, String source) {
        try {
            return mapper().treeToValue(tree, Catalog.class);
        } catch (JacksonException e) {
            // The schema admits only what the records accept, so this is a gap between the two.
            throw new CatalogFormatException(source, JsonPaths.ROOT, e.getOriginalMessage(), e);
        }
    }

    // A holder class, so that the mapper is built on first use and write() alone never builds it.
    private static final class SharedMapper {

        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // Records bind through their canonical constructor, and Jackson writes creator
                // properties first, in component order, unless this is off.
                .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();

        private SharedMapper() {}
    }
}
