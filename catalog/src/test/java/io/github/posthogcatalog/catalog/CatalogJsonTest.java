package io.github.posthogcatalog.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

class CatalogJsonTest {

    // A mapper without sorting, so that the tests see the key order of the written text.
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void roundTripGivesEqualCatalog() {
        Catalog catalog = TestCatalogs.full();

        Catalog read = CatalogJson.read(CatalogJson.write(catalog), "test");

        assertThat(read).isEqualTo(catalog);
        assertThat(read.events().get(0).schema()).isEqualTo(catalog.events().get(0).schema());
        assertThat(read.destinations().get(0).blocks()).isEqualTo(catalog.destinations().get(0).blocks());
    }

    @Test
    void writeIsDeterministic() {
        String first = CatalogJson.write(TestCatalogs.full());
        String second = CatalogJson.write(TestCatalogs.full());
        String rewritten = CatalogJson.write(CatalogJson.read(first, "test"));

        assertThat(second).isEqualTo(first);
        assertThat(rewritten).isEqualTo(first);
    }

    @Test
    void jsonNodeKeyOrderDoesNotChangeOutput() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode forward = nodes.objectNode().put("a", 1).put("b", 2).put("c", 3);
        ObjectNode backward = nodes.objectNode().put("c", 3).put("b", 2).put("a", 1);

        String forwardText = CatalogJson.write(catalogWithSchema(forward));
        String backwardText = CatalogJson.write(catalogWithSchema(backward));

        assertThat(backwardText).isEqualTo(forwardText);
    }

    @Test
    void topLevelKeepsFixedOrderAndNestedKeysAreSorted() {
        JsonNode written = PLAIN.readTree(CatalogJson.write(TestCatalogs.full()));

        assertThat(written.propertyNames())
                .containsExactly("formatVersion", "name", "events", "actions", "destinations");
        List<String> unsorted = new ArrayList<>();
        for (JsonNode child : written) {
            collectUnsortedObjects(child, "$", unsorted);
        }
        assertThat(unsorted).isEmpty();
    }

    @Test
    void writeOmitsNullsAndEmptyTypeParts() {
        JsonNode written = PLAIN.readTree(CatalogJson.write(TestCatalogs.full()));

        JsonNode orderStep = written.at("/actions/0/steps/0");
        assertThat(orderStep.propertyNames()).containsExactly("event", "properties");
        assertThat(written.at("/actions/0/steps/0/properties/2").has("value")).isFalse();
        JsonNode everyOrder = written.at("/destinations/1");
        assertThat(everyOrder.has("masking")).isFalse();
        assertThat(everyOrder.has("blocks")).isFalse();
        assertThat(everyOrder.has("botName")).isFalse();
        JsonNode plainString = written.at("/events/0/properties/0/type");
        assertThat(plainString.propertyNames()).containsExactly("javaType", "jsonType");
        assertThat(CatalogJson.write(TestCatalogs.full())).doesNotContain("null");
    }

    @Test
    void writeEndsWithSingleNewline() {
        String text = CatalogJson.write(TestCatalogs.full());

        assertThat(text).endsWith("}\n");
        assertThat(text).doesNotEndWith("\n\n");
        assertThat(text).doesNotContain("\r");
    }

    @Test
    void nullNodeValuesReadBackEqual() {
        PropertyFilter filter = new PropertyFilter("coupon", NullNode.getInstance(), "is_not_set", null);
        ActionStep step = new ActionStep("order-placed", List.of(filter), null, null, null, null, null, null, null, null);
        ActionDefinition action = new ActionDefinition("no-coupon", "No coupon", null, null, null, List.of(step));
        Catalog catalog = TestCatalogs.catalog("shop", List.of(), List.of(action), List.of());

        Catalog read = CatalogJson.read(CatalogJson.write(catalog), "test");

        assertThat(filter.value()).isNull();
        assertThat(filter.type()).isEqualTo("event");
        assertThat(read).isEqualTo(catalog);
    }

    @Test
    void readFillsDefaultsForAbsentOptionalKeys() {
        String minimal = """
                {"formatVersion": 1, "name": "tiny",
                 "events": [{"name": "ping", "properties": [
                   {"name": "count", "required": false, "type": {"jsonType": "integer"}}]}]}
                """;

        Catalog catalog = CatalogJson.read(minimal, "test");

        EventDefinition ping = catalog.events().get(0);
        assertThat(ping.description()).isEmpty();
        assertThat(ping.tags()).isEmpty();
        assertThat(ping.schema()).isNull();
        assertThat(ping.properties().get(0).type().enumValues()).isEmpty();
        assertThat(catalog.actions()).isEmpty();
        assertThat(catalog.destinations()).isEmpty();
    }

    private static Catalog catalogWithSchema(ObjectNode schema) {
        EventDefinition event = new EventDefinition("e", "", "", List.of(), "E", List.of(), schema);
        return TestCatalogs.catalog("c", List.of(event), List.of(), List.of());
    }

    private static void collectUnsortedObjects(JsonNode node, String path, List<String> unsorted) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            List<String> sorted = names.stream().sorted().toList();
            if (!names.equals(sorted)) {
                unsorted.add(path + " " + names);
            }
        }
        int index = 0;
        for (JsonNode child : node) {
            collectUnsortedObjects(child, path + "/" + index++, unsorted);
        }
    }
}
