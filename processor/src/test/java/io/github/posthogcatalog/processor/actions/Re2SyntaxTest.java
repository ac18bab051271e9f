package io.github.posthogcatalog.processor.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Re2SyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"^/docs/.*$", "(?i)checkout", "a{2,3}", "[a-z]+\\d*", "(?P<id>\\w+)"})
    void acceptsRe2Patterns(String pattern) {
        assertThat(Re2Syntax.check(pattern)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(?=x)foo | invalid or unsupported Perl syntax: `(?=`",
        "(a)\\1   | invalid escape sequence: `\\1`",
        "(ab      | missing closing ): `(ab`",
        "a**      | invalid nested repetition operator: `**`",
        "[z-a]    | invalid character class range: `z-a`"})
    void rejectsWithParserMessage(String pattern, String message) {
        assertThat(Re2Syntax.check(pattern)).contains(message);
    }
}
