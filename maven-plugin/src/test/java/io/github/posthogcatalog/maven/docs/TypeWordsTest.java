package io.github.posthogcatalog.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.catalog.PropertyDefinition;
import io.github.posthogcatalog.catalog.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeWordsTest {

    private static ValueType scalar(String jsonType, String format) {
        return new ValueType(jsonType, format, null, null, null, null, null);
    }

    private static ValueType enumOf(String... values) {
        return new ValueType("string", null, null, List.of(values), null, null, null);
    }

    private static ValueType listOf(ValueType items) {
        return new ValueType("array", null, null, null, items, null, null);
    }

    private static ValueType mapOf(ValueType values) {
        return new ValueType("object", null, null, null, null, values, null);
    }

    private static ValueType objectWith(String... names) {
        List<PropertyDefinition> properties = java.util.Arrays.stream(names)
                .map(name -> new PropertyDefinition(name, "", true, scalar("string", null)))
                .toList();
        return new ValueType("object", null, null, null, null, null, properties);
    }

    @Test
    void scalarsInPlainWords() {
        assertThat(TypeWords.describe(scalar("string", null))).isEqualTo("text");
        assertThat(TypeWords.describe(scalar("integer", "int64"))).isEqualTo("whole number");
        assertThat(TypeWords.describe(scalar("number", "double"))).isEqualTo("decimal number");
        assertThat(TypeWords.describe(scalar("boolean", null))).isEqualTo("true or false");
        assertThat(TypeWords.describe(scalar("string", "date-time"))).isEqualTo("date and time");
        assertThat(TypeWords.describe(scalar("string", "date"))).isEqualTo("date");
        assertThat(TypeWords.describe(scalar("string", "duration"))).isEqualTo("duration");
        assertThat(TypeWords.describe(scalar("string", "uuid"))).isEqualTo("UUID");
        assertThat(TypeWords.describe(scalar("string", "decimal"))).isEqualTo("exact decimal number, as text");
    }

    @Test
    void enumsListTheirValues() {
        assertThat(TypeWords.describe(enumOf("A", "B", "C"))).isEqualTo("one of A, B, C");
    }

    @Test
    void containersNameTheirContents() {
        assertThat(TypeWords.describe(listOf(scalar("string", null)))).isEqualTo("list of text");
        assertThat(TypeWords.describe(listOf(scalar("integer", null)))).isEqualTo("list of whole numbers");
        assertThat(TypeWords.describe(listOf(scalar("string", "date-time")))).isEqualTo("list of dates and times");
        assertThat(TypeWords.describe(listOf(enumOf("x", "y")))).isEqualTo("list of values, each one of x, y");
        assertThat(TypeWords.describe(mapOf(scalar("number", null)))).isEqualTo("map of text to decimal numbers");
        assertThat(TypeWords.describe(objectWith("city", "zip"))).isEqualTo("object with city, zip");
        assertThat(TypeWords.describe(listOf(objectWith("sku")))).isEqualTo("list of objects with sku");
        assertThat(TypeWords.describe(listOf(listOf(scalar("boolean", null)))))
                .isEqualTo("list of lists of true or false values");
    }

    @Test
    void unknownJsonTypeShownAsWritten() {
        assertThat(TypeWords.describe(scalar("null", null))).isEqualTo("null");
    }

    @Test
    void allowedValuesOfEnumsAndFormats() {
        assertThat(TypeWords.allowedValues(enumOf("low", "high")).plainText()).isEqualTo("low, high");
        assertThat(TypeWords.allowedValues(listOf(enumOf("low", "high"))).plainText()).isEqualTo("low, high");
        assertThat(TypeWords.allowedValues(scalar("string", "date-time")).plainText())
                .isEqualTo("ISO 8601, such as 2026-01-31T09:30:00Z");
        assertThat(TypeWords.allowedValues(scalar("boolean", null)).plainText()).isEqualTo("true or false");
        assertThat(TypeWords.allowedValues(scalar("string", null)).isEmpty()).isTrue();
        assertThat(TypeWords.allowedValues(scalar("integer", null)).isEmpty()).isTrue();
    }

    @Test
    void nestedPropertiesFlattenIntoRows() {
        ValueType item = objectWith("sku", "qty");
        List<PropertyDefinition> properties = List.of(
                new PropertyDefinition("line_items", "", true, listOf(item)),
                new PropertyDefinition("labels", "", false, mapOf(objectWith("color"))),
                new PropertyDefinition("total", "", true, scalar("number", null)));

        List<PropertyRow> rows = PropertyRow.flatten(properties);

        assertThat(rows).extracting(PropertyRow::displayPath).containsExactly(
                "line_items", "line_items[].sku", "line_items[].qty", "labels", "labels.*.color", "total");
        assertThat(rows).extracting(PropertyRow::depth).containsExactly(0, 1, 1, 0, 1, 0);
    }
}
