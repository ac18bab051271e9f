package io.github.posthogcatalog.catalog;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Catalogs and JSON values that reach every branch of the catalog writer: hand-picked hard strings
 * and numbers, and random catalogs built from them with fixed seeds.
 */
final class CatalogSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CatalogSamples() {}

    /** Strings that need escaping, or that a careless writer would escape when Jackson does not. */
    static Map<String, String> hardStrings() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        return Map.ofEntries(
                Map.entry("empty", ""),
                Map.entry("quotes and backslashes", "say \"hi\" C:\\temp\\ \\\" \\\\"),
                Map.entry("control characters", controls.toString()),
                Map.entry("delete and slash", "\u007f / </script>"),
                Map.entry("line and paragraph separators", "a\u2028b\u2029c"),
                Map.entry("accents and scripts", "café Grüße 中文 日本語 עברית"),
                Map.entry("emoji", "😀 👍🏽 👨‍👩‍👧 🇩🇪"),
                Map.entry("lone surrogates", "\ud800 x \udc00"),
                Map.entry("byte order mark and last char", "\ufeff\uffff"),
                Map.entry("hog template", "*{person.name}* sent {event.properties['$value']}"),
                Map.entry("line ends", "one\ntwo\r\nthree\rfour\ttab"));
    }

    /** Numbers of every JSON node number type, including values at the edges of their formats. */
    static Map<String, JsonNode> numbers() {
        return Map.ofEntries(
                Map.entry("int zero", NODES.numberNode(0)),
                Map.entry("int min", NODES.numberNode(Integer.MIN_VALUE)),
                Map.entry("int max", NODES.numberNode(Integer.MAX_VALUE)),
                Map.entry("short", NODES.numberNode((short) -5)),
                Map.entry("long min", NODES.numberNode(Long.MIN_VALUE)),
                Map.entry("long max", NODES.numberNode(Long.MAX_VALUE)),
                Map.entry("big integer", NODES.numberNode(new BigInteger("-123456789012345678901234567890"))),
                Map.entry("doubles", doubles()),
                Map.entry("floats", floats()),
                Map.entry("big decimals", bigDecimals()));
    }

    private static ArrayNode doubles() {
        ArrayNode array = NODES.arrayNode();
        for (double value : new double[] {0.0, -0.0, 0.1, 1.0, 100.0, 1e-3, 9.99e-4, 1e7, 9999999.0, 1.0E23,
                2e-323, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}) {
            array.add(value);
        }
        return array;
    }

    private static ArrayNode floats() {
        ArrayNode array = NODES.arrayNode();
        for (float value : new float[] {0.0f, -0.0f, 1.1f, 1e10f, 1e-5f, Float.MIN_VALUE, Float.MAX_VALUE,
                Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
            array.add(value);
        }
        return array;
    }

    private static ArrayNode bigDecimals() {
        ArrayNode array = NODES.arrayNode();
        for (String value : new String[] {"0", "0.00", "1.500E+5", "-1E-10", "123456789.123456789", "1E+3",
                "0E-7", "0.0000001"}) {
            array.add(new BigDecimal(value));
        }
        return array;
    }

    /** JSON values other than numbers: every node type, empty containers and nesting. */
    static Map<String, JsonNode> values() {
        ObjectNode keys = NODES.objectNode();
        for (String key : List.of("b", "B", "a", "", "é", "😀", "\uffff", "A1", "10", "9", "a\"q", "z\\")) {
            keys.put(key, key.length());
        }
        ObjectNode nested = NODES.objectNode();
        nested.putObject("empty object");
        nested.putArray("empty array");
        nested.putArray("arrays").add(NODES.arrayNode().add(1).add(2)).add(NODES.arrayNode()).addObject();
        nested.putArray("objects").addObject().put("z", 1).set("a", NODES.objectNode().put("y", true));
        nested.putObject("deep").putObject("deeper").putArray("deepest").addObject().putObject("end");
        return Map.ofEntries(
                Map.entry("string", NODES.stringNode("text")),
                Map.entry("booleans", NODES.arrayNode().add(true).add(false)),
                Map.entry("nulls", NODES.arrayNode().addNull().add(MissingNode.getInstance())),
                Map.entry("missing in object", NODES.objectNode().set("gone", MissingNode.getInstance())),
                Map.entry("binary", NODES.binaryNode(new byte[] {0, 1, 2, (byte) 0xfb, (byte) 0xff})),
                Map.entry("empty object", NODES.objectNode()),
                Map.entry("empty array", NODES.arrayNode()),
                Map.entry("keys in every order", keys),
                Map.entry("nested containers", nested));
    }

    /** Returns a catalog whose records carry the given JSON value in every place that takes one. */
    static Catalog carrying(JsonNode value) {
        EventDefinition event = new EventDefinition("e", "", "", List.of(), null, List.of(), value);
        ActionStep step = new ActionStep("e", List.of(new PropertyFilter("k", value, "exact", null)),
                null, null, null, null, null, null, null, null);
        ActionDefinition action = new ActionDefinition("a", "A", null, null, null, List.of(step));
        DestinationDefinition destination = new DestinationDefinition("d", "D", null, "#c", null, null, null,
                value, new DestinationFilters(List.of("e"), null), null, null);
        return new Catalog(Catalog.FORMAT_VERSION, "values", List.of(event), List.of(action), List.of(destination));
    }

    /** Returns a catalog with the given string in every string component and as a JSON key. */
    static Catalog carrying(String text) {
        ValueType type = new ValueType(text, text, text, List.of(text, text), null, null, List.of());
        PropertyDefinition property = new PropertyDefinition(text, text, true, type);
        JsonNode value = NODES.objectNode().put(text, text).set("list", NODES.arrayNode().add(text));
        EventDefinition event = new EventDefinition(text, text, text, List.of(text), text, List.of(property), value);
        PropertyFilter filter = new PropertyFilter(text, NODES.stringNode(text), text, text);
        ActionStep step = new ActionStep(text, List.of(filter), text, text, text, text, text, text, text, text);
        ActionDefinition action = new ActionDefinition(text, text, text, List.of(text), text, List.of(step));
        DestinationDefinition destination = new DestinationDefinition(text, text, text, text, text, text, text,
                value, new DestinationFilters(List.of(text), List.of(text)), text, new Masking(60, text, 1));
        return new Catalog(Catalog.FORMAT_VERSION, text, List.of(event), List.of(action), List.of(destination));
    }

    /** Returns a catalog that fills every component, valid under the catalog schema. */
    static Catalog everyFieldFilled() {
        ValueType string = new ValueType("string", null, "java.lang.String", List.of(), null, null, List.of());
        ValueType level = new ValueType("string", null, "com.example.Level", List.of("LOW", "HIGH"), null, null,
                List.of());
        ValueType map = new ValueType("object", null, "java.util.Map<String, Level>", List.of(), null, level,
                List.of());
        ValueType record = new ValueType("object", null, "com.example.Part", List.of(), null, null,
                List.of(new PropertyDefinition("note", "A \"quoted\" note.", false, string),
                        new PropertyDefinition("levels", "", true, map)));
        ValueType list = new ValueType("array", null, "java.util.List<Part>", List.of(), record, null, List.of());
        ValueType count = new ValueType("integer", "int64", "long", List.of(), null, null, List.of());
        List<PropertyDefinition> properties = List.of(
                new PropertyDefinition("count", "How many.", true, count),
                new PropertyDefinition("parts", "Parts, with \\ and ✓.", true, list));
        ObjectNode schema = EventSchemas.of(properties);
        schema.put("x-number", 12.5).put("x-long", 1L << 40).put("x-flag", false).putNull("x-null");
        EventDefinition event = new EventDefinition("parts-counted", "Parts were counted.\nTwice.", "ops",
                List.of("a", "b"), "com.example.PartsCounted", properties, schema);

        PropertyFilter exact = new PropertyFilter("count", NODES.arrayNode().add(1).add(2.5).add("three"), "exact",
                "person");
        PropertyFilter isSet = new PropertyFilter("parts", null, "is_set", null);
        ActionStep full = new ActionStep("$autocapture", List.of(exact, isSet), "a.buy", "a", "Buy", "exact",
                "/buy", "contains", "https://shop\\.example/.*", "regex");
        ActionStep bare = new ActionStep(null, null, null, null, null, null, null, null, null, null);
        ActionDefinition action = new ActionDefinition("counted", "Counted", "Counts.", List.of("x"),
                "com.example.Counted", List.of(full, bare));

        ArrayNode blocks = NODES.arrayNode();
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", "*{event}*");
        blocks.addObject().put("type", "divider");
        DestinationDefinition alert = new DestinationDefinition("count-alert", "Count alert", "Tells ops.",
                "#ops", "PostHog: Ops", ":bell:", "{event.event} happened", blocks,
                new DestinationFilters(List.of("parts-counted"), List.of("counted")), "once-per-interval",
                new Masking(600, "all", 5));
        DestinationDefinition bareAlert = new DestinationDefinition("bare", "Bare", null, "C0123", null, null,
                null, null, new DestinationFilters(null, List.of("counted")), null, new Masking(60, "all", null));
        return new Catalog(Catalog.FORMAT_VERSION, "every-field", List.of(event), List.of(action),
                List.of(alert, bareAlert));
    }

    /** Returns a catalog that leaves every optional component null or empty. */
    static Catalog everyOptionalFieldAbsent() {
        ValueType bare = new ValueType("", null, null, null, null, null, null);
        ValueType emptyStrings = new ValueType("", "", "", List.of(), bare, bare, List.of());
        EventDefinition event = new EventDefinition("e", null, null, null, null,
                List.of(new PropertyDefinition("p", null, false, emptyStrings)), null);
        ActionStep step = new ActionStep(null, null, null, null, null, null, null, null, null, null);
        ActionDefinition action = new ActionDefinition("a", "A", null, null, null, List.of(step));
        DestinationDefinition destination = new DestinationDefinition("d", "", null, "", null, null, null, null,
                new DestinationFilters(null, null), null, null);
        return new Catalog(Catalog.FORMAT_VERSION, "", List.of(event), List.of(action), List.of(destination));
    }

    /** Returns a random catalog. The same seed always gives the same catalog. */
    static Catalog random(long seed) {
        return new RandomCatalogs(new Random(seed)).catalog();
    }

    /** Builds random records from the hard strings and values above. */
    private static final class RandomCatalogs {

        private final Random random;
        private final List<String> strings = new ArrayList<>(hardStrings().values());
        private final List<JsonNode> leaves = new ArrayList<>();

        RandomCatalogs(Random random) {
            this.random = random;
            strings.add("plain");
            leaves.addAll(numbers().values());
            leaves.addAll(values().values());
            // The maps iterate in no fixed order, so sort both for the seed to decide everything.
            strings.sort(null);
            leaves.sort((left, right) -> left.toString().compareTo(right.toString()));
        }

        Catalog catalog() {
            return new Catalog(Catalog.FORMAT_VERSION, text(), list(3, this::event), list(2, this::action),
                    list(2, this::destination));
        }

        private EventDefinition event() {
            return new EventDefinition(text(), maybe(this::text), maybe(this::text), list(3, this::text),
                    maybe(this::text), list(3, () -> property(0)), maybe(() -> node(0)));
        }

        private PropertyDefinition property(int depth) {
            return new PropertyDefinition(text(), maybe(this::text), random.nextBoolean(), valueType(depth));
        }

        private ValueType valueType(int depth) {
            boolean deeper = depth < 3;
            return new ValueType(text(), maybe(this::text), maybe(this::text), list(2, this::text),
                    deeper ? maybe(() -> valueType(depth + 1)) : null,
                    deeper ? maybe(() -> valueType(depth + 1)) : null,
                    deeper ? list(2, () -> property(depth + 1)) : List.of());
        }

        private ActionDefinition action() {
            return new ActionDefinition(text(), text(), maybe(this::text), list(2, this::text), maybe(this::text),
                    list(3, this::step));
        }

        private ActionStep step() {
            return new ActionStep(maybe(this::text), list(2, this::filter), maybe(this::text), maybe(this::text),
                    maybe(this::text), maybe(this::text), maybe(this::text), maybe(this::text), maybe(this::text),
                    maybe(this::text));
        }

        private PropertyFilter filter() {
            return new PropertyFilter(text(), maybe(() -> node(1)), text(), maybe(this::text));
        }

        private DestinationDefinition destination() {
            Masking masking = new Masking(random.nextInt(), text(), maybe(random::nextInt));
            return new DestinationDefinition(text(), text(), maybe(this::text), text(), maybe(this::text),
                    maybe(this::text), maybe(this::text), maybe(() -> node(0)),
                    new DestinationFilters(list(2, this::text), list(2, this::text)), maybe(this::text),
                    random.nextBoolean() ? masking : null);
        }

        // Containers are picked only above depth 3, which keeps the trees small. Leaves are strings or samples.
        private JsonNode node(int depth) {
            int pick = random.nextInt(depth < 3 ? 4 : 2);
            if (pick == 2) {
                ArrayNode array = NODES.arrayNode();
                list(3, () -> node(depth + 1)).forEach(array::add);
                return array;
            }
            if (pick == 3) {
                ObjectNode object = NODES.objectNode();
                list(3, this::text).forEach(key -> object.set(key, node(depth + 1)));
                return object;
            }
            return pick == 0 ? NODES.stringNode(text()) : leaves.get(random.nextInt(leaves.size()));
        }

        private String text() {
            return strings.get(random.nextInt(strings.size()));
        }

        private <T> T maybe(Supplier<T> value) {
            return random.nextInt(3) == 0 ? null : value.get();
        }

        private <T> List<T> list(int max, Supplier<T> element) {
            List<T> list = new ArrayList<>();
            for (int count = random.nextInt(max + 1); count > 0; count--) {
                list.add(element.get());
            }
            return list;
        }
    }
}
