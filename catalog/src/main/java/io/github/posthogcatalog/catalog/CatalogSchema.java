package io.github.posthogcatalog.catalog;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema (draft 2020-12) of the catalog file format, shipped in this jar as
 * {@value #RESOURCE}.
 *
 * <p>Strictness: every object of the format rejects unknown keys, so that a typo in a hand-edited
 * or foreign catalog fails instead of being ignored, and a new key comes with a new
 * {@code formatVersion}. Values that follow other formats stay open: an event's JSON Schema, Slack
 * blocks (only their {@code type} is checked), a property filter's value, and a value type's
 * {@code format} (any non-empty string, so new formats need no new version). Optional keys that the
 * records default (descriptions, tags, empty lists) may be absent.
 */
public final class CatalogSchema {

    /** The class-path location of the schema. */
    public static final String RESOURCE = "/io/github/posthogcatalog/catalog/catalog.schema.json";

    /** The schema's {@code $id}. */
    public static final String ID = "urn:posthog-catalog:catalog-format:1";

    private static final String TEXT = load();

    private static final JsonNode TREE = CatalogJson.mapper().readTree(TEXT);

    private static final Schema SCHEMA = compile(TREE);

    private CatalogSchema() {}

    /** Returns the schema as JSON text. */
    public static String text() {
        return TEXT;
    }

    /**
     * Validates a parsed catalog.
     *
     * @return every fault, in no particular order; empty when the catalog is valid
     */
    static List<Error> validate(JsonNode catalog) {
        return SCHEMA.validate(catalog);
    }

    private static String load() {
        try (InputStream in = CatalogSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The catalog schema " + RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalog schema " + RESOURCE, e);
        }
    }

    /** Returns the parsed schema, for looking up the descriptions of its conditional branches. */
    static JsonNode tree() {
        return TREE;
    }

    private static Schema compile(JsonNode tree) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_PATH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
        return registry.getSchema(tree);
    }
}
