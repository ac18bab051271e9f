package io.github.posthogcatalog.processor.actions;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.posthogcatalog.processor.actions.Sources.ESPI_MESSAGE;
import static io.github.posthogcatalog.processor.actions.Sources.compile;
import static io.github.posthogcatalog.processor.actions.Sources.compileCatalog;
import static io.github.posthogcatalog.processor.actions.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ActionCollectorTest {

    @Test
    void actionOnEventMatchesThatEvent() {
        JavaFileObject event = source("Signup",
                "/** Someone signed up. */",
                "@Event(name = \"signup\")",
                "@Action(name = \"Sign-ups\", tags = {\"Growth\", \"auth\", \"growth\"})",
                "public record Signup(String email) {}");

        ActionDefinition action = compileCatalog(event).actions().get(0);
        assertThat(action.key()).isEqualTo("sign-ups");
        assertThat(action.name()).isEqualTo("Sign-ups");
        assertThat(action.description()).isEqualTo("Someone signed up.");
        assertThat(action.tags()).containsExactly("auth", "growth");
        assertThat(action.javaType()).isEqualTo("test.Signup");
        assertThat(action.steps()).containsExactly(
                new ActionStep("signup", null, null, null, null, null, null, null, null, null));
    }

    @Test
    void nestedStepErrorIsOnItsLine() {
        JavaFileObject actions = source("Checkout",
                "@Action(name = \"Checkout\", steps = {",
                "        @Step(eventName = \"$autocapture\", selector = \"button.buy\"),",
                "        @Step(eventName = \"$pageveiw\")})",
                "@Action(name = \"Other\", steps = @Step(eventName = \"$pageview\", url = \"(?=x)\", urlMatching = Matching.REGEX))",
                "final class Checkout {}");

        Compilation compilation = compile(actions);

        assertThat(compilation).hadErrorContaining("[action-step-event-unknown] @Step eventName \"$pageveiw\"")
                .inFile(actions).onLineContaining("$pageveiw");
        assertThat(compilation).hadErrorContaining("did you mean \"$pageview\"?");
        assertThat(compilation).hadErrorContaining("[action-regex-invalid]")
                .inFile(actions).onLineContaining("Other");
    }
}
