package io.github.posthogcatalog.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Checks the schemas that EventSchemas builds with the real validator, on sample event properties. */
class EventSchemasTest {

    private static final String GOOD_ORDER = """
            {"customer": {"email": "ada@example.com", "tier": "GOLD"},
             "items": [{"sku": "A-1", "quantity": 2}, {"sku": "B-7", "quantity": 1}],
             "placed_at": "2026-01-01T12:00:00Z",
             "total": 42.5}
            """;

    private static Schema orderSchema;

    @BeforeAll
    static void compileSchema() {
        ObjectNode schema = EventSchemas.of(TestCatalogs.orderPlaced().properties());
        orderSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    }

    @Test
    void declaresDraft202012() {
        ObjectNode schema = EventSchemas.of(TestCatalogs.orderPlaced().properties());

        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("type").asString()).isEqualTo("object");
    }

    @Test
    void requiredListHoldsOnlyRequiredProperties() {
        ObjectNode schema = EventSchemas.of(TestCatalogs.orderPlaced().properties());

        assertThat(schema.get("required").valueStream().map(JsonNode::asString))
                .containsExactly("customer", "items", "placed_at", "total");
    }

    @Test
    void goodEventPasses() {
        assertThat(validate(GOOD_ORDER)).isEmpty();
    }

    @Test
    void goodEventWithOptionalPropertiesPasses() {
        String json = """
                {"customer": {"email": "ada@example.com", "tier": "SILVER"},
                 "items": [],
                 "placed_at": "2026-01-01T12:00:00Z",
                 "total": 0,
                 "coupon": "WELCOME",
                 "metadata": {"channel": "web", "campaign": "spring"},
                 "$lib": "posthog-java"}
                """;

        assertThat(validate(json)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // required top-level property missing
        """
        {"customer": {"email": "a@b.c", "tier": "GOLD"}, "items": [], "placed_at": "2026-01-01T12:00:00Z"}""",
        // enum value not declared
        """
        {"customer": {"email": "a@b.c", "tier": "PLATINUM"}, "items": [], "placed_at": "2026-01-01T12:00:00Z", "total": 1}""",
        // required property of a nested record missing
        """
        {"customer": {"tier": "GOLD"}, "items": [], "placed_at": "2026-01-01T12:00:00Z", "total": 1}""",
        // wrong type inside an element of a list of records
        """
        {"customer": {"email": "a@b.c", "tier": "GOLD"}, "items": [{"sku": "A", "quantity": "two"}], "placed_at": "2026-01-01T12:00:00Z", "total": 1}""",
        // list given as an object
        """
        {"customer": {"email": "a@b.c", "tier": "GOLD"}, "items": {"sku": "A"}, "placed_at": "2026-01-01T12:00:00Z", "total": 1}""",
        // map value of the wrong type
        """
        {"customer": {"email": "a@b.c", "tier": "GOLD"}, "items": [], "placed_at": "2026-01-01T12:00:00Z", "total": 1, "metadata": {"n": 3}}""",
        // optional property present as null: optional means absent, never null
        """
        {"customer": {"email": "a@b.c", "tier": "GOLD"}, "items": [], "placed_at": "2026-01-01T12:00:00Z", "total": 1, "coupon": null}""",
        // integer property with a fraction
        """
        {"customer": {"email": "a@b.c", "tier": "GOLD"}, "items": [{"sku": "A", "quantity": 1.5}], "placed_at": "2026-01-01T12:00:00Z", "total": 1}"""
    })
    void badEventFails(String json) {
        assertThat(validate(json)).isNotEmpty();
    }

    @Test
    void eventSchemaIsValidJsonSchema() {
        ObjectNode schema = EventSchemas.of(TestCatalogs.orderPlaced().properties());
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(com.networknt.schema.SchemaLocation.of(EventSchemas.DIALECT));

        assertThat(metaSchema.validate(schema)).isEmpty();
    }

    private static List<Error> validate(String json) {
        return orderSchema.validate(CatalogJson.mapper().readTree(json));
    }
}
