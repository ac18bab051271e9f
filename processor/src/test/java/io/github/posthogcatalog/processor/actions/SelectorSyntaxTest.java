package io.github.posthogcatalog.processor.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.processor.actions.SelectorSyntax.SelectorError;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SelectorSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "button",
        "h1",
        ".checkout",
        "#signup",
        "button.primary.large",
        "form#signup > button",
        "div   a",
        "div>a",
        "[data-attr=\"checkout\"]",
        "a[href='/docs']",
        "a[data-x=\"say \\\"hi\\\"\"]",
        "table td:nth-child(2)",
        "li:nth-of-type(10)",
        ".md\\:flex",
        "  button  "})
    void acceptsPostHogSubset(String selector) {
        assertThat(SelectorSyntax.check(selector)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                     | 0  | empty",
        "*                      | 0  | universal selector",
        "a, b                   | 1  | selector lists",
        "a + b                  | 2  | combinators",
        "a ~ b                  | 2  | combinators",
        "[data-attr]            | 10 | attribute presence",
        "a[href^=\"/docs\"]     | 6  | equality only",
        "a[href*=\"x\"]         | 6  | equality only",
        "a[href$=\"x\"]         | 6  | equality only",
        "[data-attr=checkout]   | 11 | quoted attribute values",
        "[data-attr=\"x\"       | 14 | not closed with ']'",
        "[data-attr=\"x]        | 11 | quoted value is not closed",
        "a:hover                | 1  | :nth-child(n) and :nth-of-type(n)",
        "a::before              | 1  | :nth-child(n) and :nth-of-type(n)",
        "li:nth-child(2n+1)     | 14 | positive integer",
        "li:nth-child(0)        | 13 | positive integer",
        "li:nth-child           | 12 | must be followed by (n)",
        "div >                  | 5  | ends with a combinator",
        "> a                    | 0  | unexpected character '>'",
        "a.                     | 2  | class name",
        "#                      | 1  | id",
        "[=\"x\"]               | 1  | attribute name",
        "my-button              | 2  | unexpected character '-'"})
    void rejectsWithPosition(String selector, int position, String message) {
        Optional<SelectorError> error = SelectorSyntax.check(selector);

        assertThat(error).isPresent();
        assertThat(error.get().position()).isEqualTo(position);
        assertThat(error.get().message()).contains(message);
    }
}
