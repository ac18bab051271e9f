package io.github.posthogcatalog.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "tokenCount, token_count", "URLPath, url_path", "isDefault, is_default", "id, id",
        "utf8Value, utf8_value", "HTTPServerError, http_server_error", "espi-message, espi_message",
        "Espi-Message, espi_message", "item count, item_count", "userID, user_id"})
    void snakeCaseFromJavaNames(String javaName, String expected) {
        assertThat(NameStyle.SNAKE_CASE.apply(javaName)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tokenCount, token-count, tokenCount", "URLPath, url-path, urlPath", "is_default, is-default, isDefault"})
    void otherConventions(String name, String kebab, String camel) {
        assertThat(NameStyle.KEBAB_CASE.apply(name)).isEqualTo(kebab);
        assertThat(NameStyle.CAMEL_CASE.apply(name)).isEqualTo(camel);
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
        "SNAKE_CASE, token_count, true", "SNAKE_CASE, token-count, false", "SNAKE_CASE, Token_count, false",
        "SNAKE_CASE, token__count, false", "SNAKE_CASE, tokens2, true", "KEBAB_CASE, espi-message, true",
        "KEBAB_CASE, espi_message, false", "KEBAB_CASE, -espi, false", "CAMEL_CASE, tokenCount, true",
        "CAMEL_CASE, TokenCount, false", "ANY, 'Any Name!', true"})
    void conventionsMatch(NameStyle style, String name, boolean matches) {
        assertThat(style.matches(name)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"item count, item_count", "Item-Count, itemcount", "item_count, ITEM COUNT"})
    void normalisedNamesEqual(String first, String second) {
        assertThat(Words.normalise(first)).isEqualTo(Words.normalise(second));
    }
}
