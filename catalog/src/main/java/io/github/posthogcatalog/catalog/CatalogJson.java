package io.github.posthogcatalog.catalog;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes catalogs as JSON. Output is deterministic: object keys are sorted, two spaces
 * indent and a final newline, so the same catalog always gives the same bytes.
 */
public final class CatalogJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private CatalogJson() {}

    /** Returns the shared mapper, configured for the catalog format. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Serialises a catalog to its canonical JSON text. */
    public static String write(Catalog catalog) {
        return MAPPER.writeValueAsString(catalog) + "\n";
    }

    /**
     * Parses a catalog.
     *
     * @param json the file's text
     * @param source where the text came from, for error messages (a path or a jar entry)
     * @throws CatalogFormatException when the text is not a valid catalog
     */
    public static Catalog read(String json, String source) {
        try {
            return MAPPER.readValue(json, Catalog.class);
        } catch (JacksonException e) {
            throw new CatalogFormatException(source, e.getPathReference(), e.getOriginalMessage(), e);
        }
    }
}
