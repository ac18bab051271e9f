package io.github.posthogcatalog.processor.actions;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.posthogcatalog.processor.actions.Sources.ESPI_MESSAGE;
import static io.github.posthogcatalog.processor.actions.Sources.compile;
import static io.github.posthogcatalog.processor.actions.Sources.compileCatalog;
import static io.github.posthogcatalog.processor.actions.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every Action diagnostic, compiled by real javac, pinned to its tag, file and line. */
class ActionDiagnosticsTest {

    private static Compilation compileWithEvent(JavaFileObject source) {
        return compile(ESPI_MESSAGE, source);
    }

    private static void assertError(JavaFileObject source, String tag, String lineContaining) {
        Compilation compilation = compileWithEvent(source);
        assertThat(compilation).hadErrorContaining("[" + tag + "]").inFile(source).onLineContaining(lineContaining);
    }

    @Test
    void nameBlank() {
        assertError(source("A", "@Action(name = \" \", steps = @Step(eventName = \"$pageview\"))", "final class A {}"),
                "action-name-invalid", "name = \" \"");
    }

    @Test
    void keyInvalid() {
        assertError(source("A",
                "@Action(name = \"Docs\",",
                "        key = \"Docs Page\", steps = @Step(eventName = \"$pageview\"))",
                "final class A {}"),
                "action-key-invalid", "key = \"Docs Page\"");
    }

    @Test
    void derivedKeyInvalid() {
        JavaFileObject source = source("A", "@Action(name = \"!!!\", steps = @Step(eventName = \"$pageview\"))",
                "final class A {}");

        Compilation compilation = compileWithEvent(source);

        assertThat(compilation).hadErrorContaining("[action-key-invalid]").inFile(source).onLineContaining("!!!");
        assertThat(compilation).hadErrorContaining("set key explicitly");
    }

    @Test
    void nameDuplicateNamesOtherType() {
        JavaFileObject first = source("A", "@Action(name = \"Docs\", steps = @Step(eventName = \"$pageview\"))",
                "final class A {}");
        JavaFileObject second = source("B", "@Action(name = \"Docs\", key = \"docs-2\",",
                "        steps = @Step(eventName = \"$pageleave\"))", "final class B {}");

        Compilation compilation = compile(first, second);

        assertThat(compilation).hadErrorContaining("[action-name-duplicate] @Action name \"Docs\" is already used by an"
                + " Action on test.A").inFile(second).onLineContaining("name = \"Docs\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void keyDuplicateOnRepeatedAction() {
        JavaFileObject source = source("A",
                "@Action(name = \"Docs\", steps = @Step(eventName = \"$pageview\"))",
                "@Action(name = \"Docs 2\",",
                "        key = \"docs\", steps = @Step(eventName = \"$pageview\"))",
                "final class A {}");

        assertError(source, "action-key-duplicate", "key = \"docs\"");
    }

    @Test
    void stepsMissingOnPlainType() {
        assertError(source("A", "@Action(name = \"Docs\")", "final class A {}"), "action-steps-missing", "@Action");
    }

    @Test
    void stepEventConflict() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(event = EspiMessage.class,",
                "        eventName = \"$pageview\"))", "final class A {}"),
                "action-step-event-conflict", "eventName = \"$pageview\"");
    }

    @Test
    void stepEventNotAnEvent() {
        assertError(source("A", "@Action(name = \"Docs\",", "        steps = @Step(event = String.class))",
                "final class A {}"), "action-step-event-not-event", "String.class");
    }

    @Test
    void stepEventUnknown() {
        assertError(source("A", "@Action(name = \"Docs\", steps = {", "        @Step(eventName = \"espi-mesage\")})",
                "final class A {}"), "action-step-event-unknown", "espi-mesage");
    }

    @Test
    void stepEmpty() {
        assertError(source("A", "@Action(name = \"Docs\", steps = {@Step(eventName = \"$pageview\"),",
                "        @Step})", "final class A {}"), "action-step-empty", "@Step})");
    }

    @Test
    void regexInvalidOnTheRegexAttribute() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(eventName = \"$autocapture\",",
                "        textMatching = Matching.REGEX,", "        text = \"(?i)buy(?!now)\"))", "final class A {}"),
                "action-regex-invalid", "text = \"(?i)buy(?!now)\"");
    }

    @Test
    void regexValueInvalid() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(event = EspiMessage.class,",
                "        properties = @Where(key = \"model\", operator = FilterOperator.REGEX,",
                "                value = \"gpt-(4\")))", "final class A {}"),
                "action-regex-invalid", "value = \"gpt-(4\"");
    }

    @Test
    void selectorInvalid() {
        JavaFileObject source = source("A", "@Action(name = \"Docs\", steps = @Step(eventName = \"$autocapture\",",
                "        selector = \"a[href^='/docs']\"))", "final class A {}");

        Compilation compilation = compileWithEvent(source);

        assertThat(compilation).hadErrorContaining("[action-selector-invalid] @Step selector \"a[href^='/docs']\" is"
                + " invalid at index 6: PostHog compares attributes for equality only")
                .inFile(source).onLineContaining("selector =");
    }

    @Test
    void filterKeyUnknown() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(event = EspiMessage.class,",
                "        properties = @Where(", "                key = \"conversation\", value = \"x\")))",
                "final class A {}"), "action-filter-key-unknown", "key = \"conversation\"");
    }

    @Test
    void filterKeyOnPageviewUnknown() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(eventName = \"$pageview\",",
                "        properties = @Where(key = \"plan\", value = \"pro\")))", "final class A {}"),
                "action-filter-key-unknown", "key = \"plan\"");
    }

    @Test
    void filterOperatorNumericOnString() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(event = EspiMessage.class,",
                "        properties = @Where(key = \"conversation_id\",",
                "                operator = FilterOperator.GT, value = \"3\")))", "final class A {}"),
                "action-filter-operator-invalid", "FilterOperator.GT");
    }

    @Test
    void filterOperatorTextOnNumber() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(event = EspiMessage.class,",
                "        properties = @Where(key = \"token_count\",",
                "                operator = FilterOperator.ICONTAINS, value = \"3\")))", "final class A {}"),
                "action-filter-operator-invalid", "FilterOperator.ICONTAINS");
    }

    @Test
    void filterOperatorExactOnArray() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(event = EspiMessage.class,",
                "        properties = @Where(key = \"tags\",",
                "                operator = FilterOperator.EXACT, value = \"x\")))", "final class A {}"),
                "action-filter-operator-invalid", "FilterOperator.EXACT");
    }

    @Test
    void filterValueGivenToIsSet() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(event = EspiMessage.class,",
                "        properties = @Where(key = \"model\", operator = FilterOperator.IS_SET,",
                "                value = \"x\")))", "final class A {}"),
                "action-filter-value-count", "value = \"x\"");
    }

    @Test
    void filterValueMissing() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(event = EspiMessage.class,",
                "        properties = @Where(key = \"token_count\", operator = FilterOperator.GTE)))",
                "final class A {}"), "action-filter-value-count", "FilterOperator.GTE");
    }

    @Test
    void filterValueNotInEnum() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(event = EspiMessage.class,",
                "        properties = @Where(key = \"plan\", value = {\"FREE\",",
                "                \"ENTERPRISE\"})))", "final class A {}"),
                "action-filter-value-invalid", "\"ENTERPRISE\"");
    }

    @Test
    void filterValueNotANumber() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(event = EspiMessage.class,",
                "        properties = @Where(key = \"token_count\", operator = FilterOperator.LT,",
                "                value = \"many\")))", "final class A {}"),
                "action-filter-value-invalid", "value = \"many\"");
    }

    @Test
    void filterValueBlank() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(event = EspiMessage.class,",
                "        properties = @Where(key = \"conversation_id\", operator = FilterOperator.ICONTAINS,",
                "                value = \" \")))", "final class A {}"),
                "action-filter-value-invalid", "value = \" \"");
    }

    @Test
    void validActionHasNoErrorAndAllFields() {
        JavaFileObject source = source("A",
                "@Action(name = \"ESPi: Pro messages\", description = \"Pro users chatting.\", steps = {",
                "    @Step(event = EspiMessage.class, properties = {",
                "        @Where(key = \"plan\", value = \"PRO\"),",
                "        @Where(key = \"token_count\", operator = FilterOperator.GTE, value = \"100\"),",
                "        @Where(key = \"model\", operator = FilterOperator.IS_SET),",
                "        @Where(key = \"email\", operator = FilterOperator.ICONTAINS, value = \"@acme.com\",",
                "               type = PropertyScope.PERSON)}),",
                "    @Step(eventName = \"$autocapture\", selector = \"button.chat\", text = \"Send\",",
                "          url = \"^https://espi\\\\.example/.*\", urlMatching = Matching.REGEX,",
                "          properties = @Where(key = \"$browser\", value = {\"Chrome\", \"Firefox\"}))})",
                "final class A {}");

        assertThat(compileCatalog(ESPI_MESSAGE, source).actions()).singleElement().satisfies(action -> {
            assertThat(action.key()).isEqualTo("espi-pro-messages");
            assertThat(action.description()).isEqualTo("Pro users chatting.");
            assertThat(action.steps()).hasSize(2);
            assertThat(action.steps().get(0).event()).isEqualTo("espi-message");
            assertThat(action.steps().get(0).properties()).extracting(filter -> filter.key() + " " + filter.operator()
                    + " " + filter.value() + " " + filter.type())
                    .containsExactly("plan exact [\"PRO\"] event", "token_count gte 100 event",
                            "model is_set null event", "email icontains \"@acme.com\" person");
            assertThat(action.steps().get(1).selector()).isEqualTo("button.chat");
            assertThat(action.steps().get(1).text()).isEqualTo("Send");
            assertThat(action.steps().get(1).textMatching()).isEqualTo("exact");
            assertThat(action.steps().get(1).hrefMatching()).isNull();
            assertThat(action.steps().get(1).urlMatching()).isEqualTo("regex");
            assertThat(action.steps().get(1).properties().get(0).value().toString()).isEqualTo("[\"Chrome\",\"Firefox\"]");
        });
    }
}
