package io.github.posthogcatalog.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class CatalogValidationTest {

    private static final String SOURCE = "lib.jar!/META-INF/posthog/catalog.json";

    static Stream<Arguments> faults() {
        return Stream.of(
                fault("missing nested property name", "$.events[0].properties[1].name", "required property is missing",
                        c -> obj(c, "/events/0/properties/1").remove("name")),
                fault("typo in event key", "$.events[1].descripton", "unknown property",
                        c -> obj(c, "/events/1").put("descripton", "x")),
                fault("unknown top-level key", "$.comment", "unknown property",
                        c -> c.put("comment", "hand-edited")),
                fault("bad JSON type deep in list element", "$.events[0].properties[2].type.items.properties[0].type.jsonType",
                        "does not have a value in the enumeration",
                        c -> obj(c, "/events/0/properties/2/type/items/properties/0/type").put("jsonType", "int")),
                fault("array without items", "$.events[0].properties[2].type.items", "an array type names its element type",
                        c -> obj(c, "/events/0/properties/2/type").remove("items")),
                fault("enum values on integer", "$.events[0].properties[5].type.jsonType", "enumValues belong to string types only",
                        c -> obj(c, "/events/0/properties/5/type").putArray("enumValues").add("A")),
                fault("unknown filter operator", "$.actions[0].steps[0].properties[0].operator", "enumeration",
                        c -> obj(c, "/actions/0/steps/0/properties/0").put("operator", "equals")),
                fault("unknown filter type", "$.actions[0].steps[0].properties[0].type", "enumeration",
                        c -> obj(c, "/actions/0/steps/0/properties/0").put("type", "cohort")),
                fault("filter without value", "$.actions[0].steps[0].properties[0].value", "compares with a value",
                        c -> obj(c, "/actions/0/steps/0/properties/0").remove("value")),
                fault("filter value is object", "$.actions[0].steps[0].properties[0].value", "object found",
                        c -> obj(c, "/actions/0/steps/0/properties/0").putObject("value")),
                fault("unknown url matching", "$.actions[0].steps[1].url_matching", "enumeration",
                        c -> obj(c, "/actions/0/steps/1").put("url_matching", "like")),
                fault("camel case step key", "$.actions[0].steps[1].tagName", "unknown property",
                        c -> obj(c, "/actions/0/steps/1").put("tagName", "a")),
                fault("action without steps", "$.actions[0].steps", "at least 1",
                        c -> obj(c, "/actions/0").putArray("steps")),
                fault("ttl below minimum", "$.destinations[0].masking.ttl", "minimum value of 60",
                        c -> obj(c, "/destinations/0/masking").put("ttl", 59)),
                fault("ttl above maximum", "$.destinations[0].masking.ttl", "maximum value of 86400",
                        c -> obj(c, "/destinations/0/masking").put("ttl", 86_401)),
                fault("hash not matching trigger", "$.destinations[0].masking.hash", "once-per-person needs masking with hash {person.id}",
                        c -> obj(c, "/destinations/0/masking").put("hash", "all")),
                fault("masking on every-time", "$.destinations[1].masking", "trigger every-time runs on every event",
                        c -> obj(c, "/destinations/1").putObject("masking").put("ttl", 60).put("hash", "all")),
                fault("interval trigger without masking", "$.destinations[0].masking", "needs masking",
                        c -> obj(c, "/destinations/0").put("trigger", "once-per-interval").remove("masking")),
                fault("unknown trigger", "$.destinations[0].trigger", "enumeration",
                        c -> obj(c, "/destinations/0").put("trigger", "sometimes")),
                fault("destination without filters", "$.destinations[1].filters.actions", "at least one event or Action",
                        c -> ((ArrayNode) c.at("/destinations/1/filters/events")).removeAll()),
                fault("channel with space", "$.destinations[0].channel", "pattern",
                        c -> obj(c, "/destinations/0").put("channel", "#sales team")),
                fault("emoji without colons", "$.destinations[0].emoji", "pattern",
                        c -> obj(c, "/destinations/0").put("emoji", "moneybag")),
                fault("block without type", "$.destinations[0].blocks[0].type", "required property is missing",
                        c -> obj(c, "/destinations/0/blocks/0").remove("type")),
                fault("empty event name", "$.events[1].name", "at least 1",
                        c -> obj(c, "/events/1").put("name", "")),
                fault("formatVersion missing", "$.formatVersion", "required property is missing",
                        c -> c.remove("formatVersion")),
                fault("formatVersion as string", "$.formatVersion", "string found, integer expected",
                        c -> c.put("formatVersion", "1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void faultIsReportedAtItsPath(String name, String path, String problem, Consumer<ObjectNode> damage) {
        ObjectNode catalog = validTree();
        damage.accept(catalog);

        CatalogFormatException e = catchThrowableOfType(CatalogFormatException.class,
                () -> CatalogJson.read(catalog.toString(), SOURCE));

        assertThat(e).as("exception").isNotNull();
        assertThat(e.jsonPath()).isEqualTo(path);
        assertThat(e.source()).isEqualTo(SOURCE);
        assertThat(e.getMessage()).startsWith("Invalid catalog " + SOURCE + " at " + path + ": ");
        assertThat(e.getMessage()).contains(problem);
    }

    @Test
    void validCatalogPasses() {
        assertThat(CatalogJson.read(validTree().toString(), SOURCE)).isEqualTo(TestCatalogs.full());
    }

    @Test
    void firstFaultFollowsDocumentOrder() {
        // The schema lists events before destinations; the file has them the other way round.
        String json = """
                {"formatVersion": 1, "name": "shop",
                 "destinations": [{"key": "d", "name": "D", "channel": "bad channel", "filters": {"events": ["e"]}}],
                 "events": [{"name": ""}]}
                """;

        assertThatThrownBy(() -> CatalogJson.read(json, SOURCE))
                .isInstanceOf(CatalogFormatException.class)
                .extracting(e -> ((CatalogFormatException) e).jsonPath())
                .isEqualTo("$.destinations[0].channel");
    }

    @Test
    void unknownKeyIsReportedBeforeMissingOne() {
        String json = """
                {"formatVersion": 1, "name": "shop",
                 "events": [{"nmae": "typo", "description": ""}]}
                """;

        assertThatThrownBy(() -> CatalogJson.read(json, SOURCE))
                .extracting(e -> ((CatalogFormatException) e).jsonPath())
                .isEqualTo("$.events[0].nmae");
    }

    @Test
    void oddPropertyNameUsesBracketNotation() {
        String json = """
                {"formatVersion": 1, "name": "shop", "events": [{"name": "e", "odd key": 1}]}
                """;

        assertThatThrownBy(() -> CatalogJson.read(json, SOURCE))
                .extracting(e -> ((CatalogFormatException) e).jsonPath())
                .isEqualTo("$.events[0]['odd key']");
    }

    @Test
    void newerFormatVersionAsksForUpgrade() {
        String json = """
                {"formatVersion": 2, "catalogName": "shop", "items": []}
                """;

        assertThatThrownBy(() -> CatalogJson.read(json, SOURCE))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageStartingWith("Invalid catalog " + SOURCE + " at $.formatVersion: unsupported catalog format version 2.")
                .hasMessageContaining("reads format version 1 only")
                .hasMessageContaining("upgrade posthog-maven-plugin");
    }

    @Test
    void formatVersionZeroIsRejected() {
        assertThatThrownBy(() -> CatalogJson.read("{\"formatVersion\": 0, \"name\": \"x\"}", SOURCE))
                .hasMessageContaining("unsupported catalog format version 0.");
    }

    @Test
    void malformedJsonReportsPathAndLine() {
        String json = "{\"formatVersion\": 1,\n \"name\": \"x\",\n \"events\": [{\"name\": \"a\",}]}";

        CatalogFormatException e = catchThrowableOfType(CatalogFormatException.class, () -> CatalogJson.read(json, SOURCE));

        assertThat(e.jsonPath()).isEqualTo("$.events[0]");
        assertThat(e.getMessage()).contains("malformed JSON at line 3, column ");
        assertThat(e.getMessage()).doesNotContain("REDACTED");
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void truncatedFileIsMalformed() {
        String json = CatalogJson.write(TestCatalogs.full());
        String truncated = json.substring(0, json.length() / 2);

        assertThatThrownBy(() -> CatalogJson.read(truncated, SOURCE))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("malformed JSON at line ")
                .hasMessageContaining("end-of-input");
    }

    @Test
    void duplicateKeyIsMalformed() {
        assertThatThrownBy(() -> CatalogJson.read("{\"formatVersion\": 1, \"name\": \"a\", \"name\": \"b\"}", SOURCE))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("Duplicate Object property \"name\"");
    }

    @Test
    void trailingContentIsMalformed() {
        assertThatThrownBy(() -> CatalogJson.read("{\"formatVersion\": 1, \"name\": \"a\"} {}", SOURCE))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("Trailing token");
    }

    @Test
    void documentThatIsNotObjectIsRejected() {
        assertThatThrownBy(() -> CatalogJson.read("[]", SOURCE))
                .hasMessage("Invalid catalog " + SOURCE + " at $: expected a JSON object but found a JSON array");
        assertThatThrownBy(() -> CatalogJson.read("  ", SOURCE))
                .hasMessage("Invalid catalog " + SOURCE + " at $: expected a JSON object but found no JSON value");
    }

    private static Arguments fault(String name, String path, String problem, Consumer<ObjectNode> damage) {
        return Arguments.of(name, path, problem, damage);
    }

    private static ObjectNode validTree() {
        return (ObjectNode) CatalogJson.mapper().readTree(CatalogJson.write(TestCatalogs.full()));
    }

    private static ObjectNode obj(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }
}
