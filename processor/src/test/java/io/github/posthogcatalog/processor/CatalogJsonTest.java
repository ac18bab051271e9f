package io.github.posthogcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.catalog.EventDefinition;
import io.github.posthogcatalog.catalog.PropertyDefinition;
import io.github.posthogcatalog.catalog.ValueType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog the processor writes: names, descriptions, types, sorting. */
class CatalogJsonTest {

    private static Catalog catalog;
    private static String json;

    @BeforeAll
    static void compile() {
        Compilation compilation = Compilations.compileStrict(
                Compilations.source("com.acme.package-info",
                        "/** Acme's events. */",
                        "@io.github.posthogcatalog.annotations.Catalog(name = \"acme\", description = \"Acme events\")",
                        "package com.acme;"),
                Compilations.source("com.acme.Types",
                        "package com.acme;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "import java.math.*;",
                        "import java.time.*;",
                        "import java.util.*;",
                        "/**",
                        " * Every supported type, once.",
                        " *",
                        " * @param text a {@code String}",
                        " * @param tokenCount how many tokens",
                        " */",
                        "@Event(name = \"types\", tags = {\"zeta\", \"alpha\"}, owner = \"platform-team\")",
                        "public record Types(String text, boolean flag, byte tiny, short small, int tokenCount,",
                        "    long big, float ratio, double score, Integer boxed, Long boxedLong, BigDecimal amount,",
                        "    BigInteger huge, Instant at, OffsetDateTime offset, ZonedDateTime zoned, LocalDate day,",
                        "    Duration took, UUID id, List<String> names, Set<Long> numbers, Map<String, Integer> counts,",
                        "    Nested nested, Optional<String> maybe, OptionalLong maybeLong, OptionalDouble maybeDouble,",
                        "    String URLPath, boolean isDefault,",
                        "    @Property(name = \"renamed\", description = \"Set by hand\") String original,",
                        "    @Group(\"company\") String company, @Timestamp Instant happened) {",
                        "  /** A nested object. */",
                        "  public record Nested(String zed, int alpha) {}",
                        "}"),
                Compilations.source("com.acme.Accessors",
                        "package com.acme;",
                        "/** Described by the type. */",
                        "@io.github.posthogcatalog.annotations.Event(name = \"accessors\")",
                        "public interface Accessors extends Base {",
                        "  /** The user's email. */",
                        "  String email();",
                        "  /** @return the plan name */",
                        "  String plan();",
                        "}"),
                Compilations.source("com.acme.Base",
                        "package com.acme;",
                        "public interface Base {",
                        "  String source();",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        json = Compilations.catalogJson(compilation);
        catalog = CatalogJson.read(json, "test");
    }

    @Test
    void catalogCarriesNameAndSortedEvents() {
        assertThat(catalog.formatVersion()).isEqualTo(Catalog.FORMAT_VERSION);
        assertThat(catalog.name()).isEqualTo("acme");
        assertThat(catalog.events()).extracting(EventDefinition::name).containsExactly("accessors", "types");
    }

    @Test
    void eventAttributesAndSortedTags() {
        EventDefinition types = event("types");

        assertThat(types.tags()).containsExactly("alpha", "zeta");
        assertThat(types.owner()).isEqualTo("platform-team");
        assertThat(types.javaType()).isEqualTo("com.acme.Types");
        assertThat(types.description()).isEqualTo("Every supported type, once.");
    }

    @Test
    void propertiesSortedAndSpecialMembersLeftOut() {
        List<String> names = event("types").properties().stream().map(PropertyDefinition::name).toList();

        assertThat(names).isSorted();
        assertThat(names).doesNotContain("company", "happened");
        assertThat(names).contains("token_count", "url_path", "is_default", "renamed");
    }

    @Test
    void descriptionsFromJavadocAndAnnotation() {
        assertThat(property("types", "text").description()).isEqualTo("a String");
        assertThat(property("types", "token_count").description()).isEqualTo("how many tokens");
        assertThat(property("types", "renamed").description()).isEqualTo("Set by hand");
        assertThat(event("accessors").description()).isEqualTo("Described by the type.");
        assertThat(property("accessors", "email").description()).isEqualTo("The user's email.");
        assertThat(property("accessors", "plan").description()).isEqualTo("the plan name");
        assertThat(property("types", "nested").description()).isEqualTo("A nested object.");
    }

    @Test
    void interfaceInheritsAccessors() {
        assertThat(event("accessors").properties()).extracting(PropertyDefinition::name)
                .containsExactly("email", "plan", "source");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
        "text, string, null, true", "flag, boolean, null, true", "tiny, integer, int32, true",
        "small, integer, int32, true", "token_count, integer, int32, true", "big, integer, int64, true",
        "ratio, number, float, true", "score, number, double, true", "boxed, integer, int32, true",
        "boxed_long, integer, int64, true", "amount, string, decimal, true", "huge, string, big-integer, true",
        "at, string, date-time, true", "offset, string, date-time, true", "zoned, string, date-time, true",
        "day, string, date, true", "took, string, duration, true", "id, string, uuid, true",
        "names, array, null, true", "numbers, array, null, true", "counts, object, null, true",
        "nested, object, null, true", "maybe, string, null, false", "maybe_long, integer, int64, false",
        "maybe_double, number, double, false"})
    void mapsJavaTypeToWireType(String name, String jsonType, String format, boolean required) {
        PropertyDefinition property = property("types", name);

        assertThat(property.type().jsonType()).isEqualTo(jsonType);
        assertThat(property.type().format()).isEqualTo(format);
        assertThat(property.required()).isEqualTo(required);
    }

    @Test
    void containerTypesDescribeElements() {
        assertThat(property("types", "numbers").type().items().format()).isEqualTo("int64");
        assertThat(property("types", "counts").type().values().format()).isEqualTo("int32");
        ValueType nested = property("types", "nested").type();
        assertThat(nested.properties()).extracting(PropertyDefinition::name).containsExactly("alpha", "zed");
        assertThat(nested.javaType()).isEqualTo("com.acme.Types.Nested");
    }

    @Test
    void schemaListsRequiredProperties() {
        var schema = event("types").schema();

        assertThat(schema.get("required").toString()).contains("\"token_count\"").doesNotContain("\"maybe\"");
        assertThat(schema.get("properties").get("amount").get("format").asString()).isEqualTo("decimal");
    }

    @Test
    void fileEndsWithNewline() {
        assertThat(json).endsWith("}\n");
    }

    private static EventDefinition event(String name) {
        return catalog.events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static PropertyDefinition property(String event, String name) {
        return event(event).properties().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + name));
    }
}
