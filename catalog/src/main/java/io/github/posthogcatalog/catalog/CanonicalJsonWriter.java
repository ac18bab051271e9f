package io.github.posthogcatalog.catalog;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Writes a {@link Catalog} as its canonical JSON text by hand. The text is byte for byte what a
 * Jackson 3.3 {@code JsonMapper} writes with {@code INDENT_OUTPUT}, alphabetically sorted record
 * properties, {@code WRITE_PROPERTIES_SORTED} and the records' {@code @JsonInclude},
 * {@code @JsonProperty} and {@code @JsonPropertyOrder} annotations. The writer exists because
 * building that mapper and its record serializers takes about 0.8 s in javac's cold JVM (JDK 17,
 * even for a one-event catalog), on every compilation, and this writer needs neither.
 *
 * <p>The layout copies Jackson's {@code DefaultPrettyPrinter}. An object puts each property on its
 * own line as {@code "name" : value}, indented two spaces per enclosing object. An array stays on
 * one line as {@code [ a, b ]} and adds no indentation, so objects inside an array indent by their
 * object depth only. Empty containers are {@code { }} and {@code [ ]}. Line ends are always
 * {@code \n}, where Jackson would use the platform's line separator.
 *
 * <p>Record properties are written in the alphabetical order of their JSON names, except at the top
 * level. A record that gains a component must gain a line here too, and the tests that compare this
 * output with Jackson's fail until it does.
 */
final class CanonicalJsonWriter {

    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder(8192);

    /** The number of open objects, which is the indentation level of the next property. */
    private int objectDepth;

    /**
     * Whether the innermost open container has no entry yet. Closing a container sets it to false,
     * because the closed container is itself an entry of the one around it.
     */
    private boolean containerEmpty;

    private CanonicalJsonWriter() {}

    /** Returns the canonical JSON text of the catalog, ending with a single newline. */
    static String write(Catalog catalog) {
        CanonicalJsonWriter writer = new CanonicalJsonWriter();
        writer.catalog(catalog);
        writer.out.append('\n');
        return writer.out.toString();
    }

    // The top level keeps the order of Catalog's @JsonPropertyOrder, not the alphabetical one.
    private void catalog(Catalog catalog) {
        beginObject();
        name("formatVersion").append(catalog.formatVersion());
        name("name");
        string(catalog.name());
        array("events", catalog.events(), this::event);
        array("actions", catalog.actions(), this::action);
        array("destinations", catalog.destinations(), this::destination);
        endObject();
    }

    // EventDefinition is NON_NULL, and after its constructor only javaType and schema can be null.
    private void event(EventDefinition event) {
        beginObject();
        stringProperty("description", event.description());
        stringProperty("javaType", event.javaType());
        stringProperty("name", event.name());
        stringProperty("owner", event.owner());
        array("properties", event.properties(), this::property);
        nodeProperty("schema", event.schema());
        stringArray("tags", event.tags());
        endObject();
    }

    // PropertyDefinition has no @JsonInclude, and its constructor leaves no component null.
    private void property(PropertyDefinition property) {
        beginObject();
        stringProperty("description", property.description());
        stringProperty("name", property.name());
        name("required").append(property.required());
        name("type");
        valueType(property.type());
        endObject();
    }

    // ValueType is NON_EMPTY, so Jackson also leaves out empty strings and empty lists.
    private void valueType(ValueType type) {
        beginObject();
        if (!type.enumValues().isEmpty()) {
            stringArray("enumValues", type.enumValues());
        }
        nonEmptyStringProperty("format", type.format());
        valueTypeProperty("items", type.items());
        nonEmptyStringProperty("javaType", type.javaType());
        nonEmptyStringProperty("jsonType", type.jsonType());
        if (!type.properties().isEmpty()) {
            array("properties", type.properties(), this::property);
        }
        valueTypeProperty("values", type.values());
        endObject();
    }

    private void valueTypeProperty(String name, ValueType type) {
        if (type != null) {
            name(name);
            valueType(type);
        }
    }

    private void action(ActionDefinition action) {
        beginObject();
        stringProperty("description", action.description());
        stringProperty("javaType", action.javaType());
        stringProperty("key", action.key());
        stringProperty("name", action.name());
        array("steps", action.steps(), this::step);
        stringArray("tags", action.tags());
        endObject();
    }

    // The snake_case names are the @JsonProperty renames, and they sort where the camelCase names would.
    private void step(ActionStep step) {
        beginObject();
        stringProperty("event", step.event());
        stringProperty("href", step.href());
        stringProperty("href_matching", step.hrefMatching());
        array("properties", step.properties(), this::filter);
        stringProperty("selector", step.selector());
        stringProperty("tag_name", step.tagName());
        stringProperty("text", step.text());
        stringProperty("text_matching", step.textMatching());
        stringProperty("url", step.url());
        stringProperty("url_matching", step.urlMatching());
        endObject();
    }

    private void filter(PropertyFilter filter) {
        beginObject();
        stringProperty("key", filter.key());
        stringProperty("operator", filter.operator());
        stringProperty("type", filter.type());
        nodeProperty("value", filter.value());
        endObject();
    }

    private void destination(DestinationDefinition destination) {
        beginObject();
        nodeProperty("blocks", destination.blocks());
        stringProperty("botName", destination.botName());
        stringProperty("channel", destination.channel());
        stringProperty("description", destination.description());
        stringProperty("emoji", destination.emoji());
        name("filters");
        destinationFilters(destination.filters());
        stringProperty("key", destination.key());
        if (destination.masking() != null) {
            name("masking");
            masking(destination.masking());
        }
        stringProperty("name", destination.name());
        stringProperty("text", destination.text());
        stringProperty("trigger", destination.trigger());
        endObject();
    }

    private void destinationFilters(DestinationFilters filters) {
        beginObject();
        stringArray("actions", filters.actions());
        stringArray("events", filters.events());
        endObject();
    }

    private void masking(Masking masking) {
        beginObject();
        stringProperty("hash", masking.hash());
        if (masking.threshold() != null) {
            name("threshold").append(masking.threshold().intValue());
        }
        name("ttl").append(masking.ttl());
        endObject();
    }

    // Properties, with the inclusion rules of @JsonInclude.

    /** Writes a string property, or nothing when the value is null (NON_NULL). */
    private void stringProperty(String name, String value) {
        if (value != null) {
            name(name);
            string(value);
        }
    }

    /** Writes a string property, or nothing when the value is null or empty (NON_EMPTY). */
    private void nonEmptyStringProperty(String name, String value) {
        if (value != null && !value.isEmpty()) {
            name(name);
            string(value);
        }
    }

    /** Writes a JSON value property, or nothing when the value is null (NON_NULL). */
    private void nodeProperty(String name, JsonNode value) {
        if (value != null) {
            name(name);
            node(value);
        }
    }

    private void stringArray(String name, List<String> values) {
        array(name, values, this::string);
    }

    private <T> void array(String name, List<T> elements, Consumer<T> writeElement) {
        name(name);
        beginArray();
        for (T element : elements) {
            beforeElement();
            writeElement.accept(element);
        }
        endArray();
    }

    // JSON trees, written as Jackson's JsonNode.serialize writes them.

    private void node(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> objectNode(node);
            case ARRAY -> arrayNode(node);
            case STRING -> string(node.stringValue());
            case NUMBER -> number(node);
            case BOOLEAN -> out.append(node.booleanValue());
            // Jackson writes a missing node inside a tree as null, like a JSON null.
            case NULL, MISSING -> out.append("null");
            // Jackson's default Base64 variant is the standard alphabet with padding and no line breaks.
            case BINARY -> string(Base64.getEncoder().encodeToString(node.binaryValue()));
            // A POJO node contains any Java object, which only databind's serializers know how to
            // write. Catalogs come from parsed JSON or from trees built of plain values, so none
            // should contain one.
            case POJO -> throw new IllegalArgumentException(
                    "cannot write a POJO node in a catalog; build the value from JSON nodes instead: " + node);
        }
    }

    // WRITE_PROPERTIES_SORTED copies the properties into a TreeMap, so keys sort by
    // String.compareTo, which compares UTF-16 code units and puts upper case before lower case.
    private void objectNode(JsonNode node) {
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
        properties.sort(Map.Entry.comparingByKey());
        beginObject();
        for (Map.Entry<String, JsonNode> property : properties) {
            name(property.getKey());
            node(property.getValue());
        }
        endObject();
    }

    private void arrayNode(JsonNode node) {
        beginArray();
        for (JsonNode element : node) {
            beforeElement();
            node(element);
        }
        endArray();
    }

    // Jackson formats numbers with the JDK's toString methods unless USE_FAST_DOUBLE_WRITER is on,
    // and it is off in CatalogJson's mapper. WRITE_NAN_AS_STRINGS is on by default, so a NaN or an
    // infinity becomes a quoted string.
    private void number(JsonNode node) {
        switch (node.numberType()) {
            case INT -> out.append(node.intValue());
            case LONG -> out.append(node.longValue());
            case BIG_INTEGER -> out.append(node.bigIntegerValue());
            case FLOAT -> floatingPoint(node.floatValue(), Float.toString(node.floatValue()));
            case DOUBLE -> floatingPoint(node.doubleValue(), Double.toString(node.doubleValue()));
            // WRITE_BIGDECIMAL_AS_PLAIN is off, so scientific notation stays as toString gives it.
            case BIG_DECIMAL -> out.append(node.decimalValue().toString());
        }
    }

    private void floatingPoint(double value, String text) {
        if (Double.isFinite(value)) {
            out.append(text);
        } else {
            string(text);
        }
    }

    // Layout, as DefaultPrettyPrinter writes it.

    private void beginObject() {
        out.append('{');
        objectDepth++;
        containerEmpty = true;
    }

    /** Writes a property name with what goes before it, and returns the buffer for a plain value. */
    private StringBuilder name(String name) {
        if (!containerEmpty) {
            out.append(',');
        }
        newLine();
        string(name);
        out.append(" : ");
        containerEmpty = false;
        return out;
    }

    private void endObject() {
        objectDepth--;
        if (containerEmpty) {
            out.append(' ');
        } else {
            newLine();
        }
        out.append('}');
        containerEmpty = false;
    }

    private void beginArray() {
        out.append('[');
        containerEmpty = true;
    }

    private void beforeElement() {
        out.append(containerEmpty ? " " : ", ");
        containerEmpty = false;
    }

    // An empty array and a filled one both close with a space: "[ ]" and "[ a ]".
    private void endArray() {
        out.append(" ]");
        containerEmpty = false;
    }

    private void newLine() {
        out.append('\n');
        for (int level = 0; level < objectDepth; level++) {
            out.append(INDENT);
        }
    }

    // Strings, escaped as Jackson escapes them by default: quote, backslash and the control
    // characters below U+0020 only. DEL, U+2028, U+2029, lone surrogates and all other non-ASCII
    // characters are written as they are, and "/" is not escaped (ESCAPE_FORWARD_SLASHES is off).

    private void string(String value) {
        out.append('"');
        for (int index = 0; index < value.length(); index++) {
            character(value.charAt(index));
        }
        out.append('"');
    }

    private void character(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> {
                if (c < 0x20) {
                    unicodeEscape(c);
                } else {
                    out.append(c);
                }
            }
        }
    }

    // WRITE_HEX_UPPER_CASE is on by default, so the escape of U+001F ends in "1F", not "1f".
    private void unicodeEscape(char c) {
        out.append("\\u00");
        out.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
    }
}
