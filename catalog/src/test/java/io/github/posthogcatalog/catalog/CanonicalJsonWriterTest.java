package io.github.posthogcatalog.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Compares the hand-written catalog text with what Jackson's databind writes for the same records,
 * which is how catalogs were written before and what the golden files pin.
 */
class CanonicalJsonWriterTest {

    /**
     * The mapper configuration that wrote catalogs before the hand-written writer, with one change.
     * Jackson's default indenter ends lines with the platform's line separator, but catalogs always
     * use "\n", so the reference uses "\n" too and is the same on every platform.
     */
    private static final JsonMapper JACKSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    private static final Path GOLDEN = Path.of("..", "catalog-example", "src", "test", "resources", "golden",
            "catalog.json");

    static Stream<Arguments> testCatalogs() {
        return Stream.of(
                Arguments.of("full", TestCatalogs.full()),
                Arguments.of("one event", TestCatalogs.catalogWithEvents("one", TestCatalogs.orderPlaced())),
                Arguments.of("plain parts", TestCatalogs.catalog("parts",
                        List.of(TestCatalogs.event("ping", TestCatalogs.property("n", true, TestCatalogs.integer()))),
                        List.of(TestCatalogs.action("pinged", "Pinged", "ping")),
                        List.of(TestCatalogs.destination("ping-alert", List.of("ping"), List.of("pinged"))))),
                Arguments.of("empty", TestCatalogs.catalog("empty", List.of(), List.of(), List.of())));
    }

    static Stream<Arguments> hardStrings() {
        return entries(CatalogSamples.hardStrings());
    }

    static Stream<Arguments> jsonValues() {
        return Stream.concat(entries(CatalogSamples.numbers()), entries(CatalogSamples.values()));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testCatalogs")
    void testCatalogMatchesJackson(String name, Catalog catalog) {
        assertSameAsJackson(catalog);
    }

    @Test
    void goldenCatalogMatchesJacksonAndFile() throws IOException {
        assertThat(GOLDEN).as("the example's golden catalog, read from the catalog module folder").isRegularFile();
        String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);

        Catalog catalog = CatalogJson.read(golden, GOLDEN.toString());

        assertSameAsJackson(catalog);
        assertThat(CanonicalJsonWriter.write(catalog)).isEqualTo(golden);
    }

    @Test
    void everyFieldFilledMatchesJackson() {
        assertSameAsJackson(CatalogSamples.everyFieldFilled());
    }

    @Test
    void absentOptionalFieldsMatchJackson() {
        Catalog catalog = CatalogSamples.everyOptionalFieldAbsent();

        assertSameAsJackson(catalog);
        assertThat(CanonicalJsonWriter.write(catalog)).contains("\"items\" : { },");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hardStrings")
    void hardStringMatchesJackson(String name, String text) {
        assertSameAsJackson(CatalogSamples.carrying(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonValues")
    void jsonValueMatchesJackson(String name, JsonNode value) {
        assertSameAsJackson(CatalogSamples.carrying(value));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomCatalogMatchesJackson(long seed) {
        assertSameAsJackson(CatalogSamples.random(seed));
    }

    @Test
    void everyFieldFilledRoundTrips() {
        Catalog catalog = CatalogSamples.everyFieldFilled();

        Catalog read = CatalogJson.read(CanonicalJsonWriter.write(catalog), "test");

        assertThat(read).isEqualTo(catalog);
    }

    @Test
    void goldenCatalogRoundTrips() throws IOException {
        Catalog catalog = CatalogJson.read(Files.readString(GOLDEN, StandardCharsets.UTF_8), GOLDEN.toString());

        Catalog read = CatalogJson.read(CanonicalJsonWriter.write(catalog), "test");

        assertThat(read).isEqualTo(catalog);
    }

    @Test
    void hardStringsRoundTrip() {
        for (String text : CatalogSamples.hardStrings().values()) {
            if (text.isEmpty()) {
                // The schema rejects empty names.
                continue;
            }
            Catalog catalog = TestCatalogs.catalog(text,
                    List.of(new EventDefinition(text, text, text, List.of(text), text, List.of(), null)),
                    List.of(), List.of());

            Catalog read = CatalogJson.read(CanonicalJsonWriter.write(catalog), "test");

            assertThat(read).as(text).isEqualTo(catalog);
        }
    }

    @Test
    void pojoNodeIsRejected() {
        JsonNode pojo = JsonNodeFactory.instance.pojoNode(List.of(1, 2));

        assertThatThrownBy(() -> CanonicalJsonWriter.write(CatalogSamples.carrying(pojo)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("POJO node");
    }

    @Test
    void catalogJsonWriteUsesHandWrittenText() {
        Catalog catalog = CatalogSamples.everyFieldFilled();

        assertThat(CatalogJson.write(catalog)).isEqualTo(CanonicalJsonWriter.write(catalog));
    }

    private static void assertSameAsJackson(Catalog catalog) {
        String expected = JACKSON.writeValueAsString(catalog) + "\n";

        String actual = CanonicalJsonWriter.write(catalog);

        assertThat(actual).isEqualTo(expected);
        assertThat(actual.getBytes(StandardCharsets.UTF_8)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> Stream<Arguments> entries(Map<String, T> samples) {
        return samples.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }
}
