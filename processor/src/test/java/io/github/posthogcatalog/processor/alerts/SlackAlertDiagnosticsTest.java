package io.github.posthogcatalog.processor.alerts;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.posthogcatalog.processor.actions.Sources.ESPI_MESSAGE;
import static io.github.posthogcatalog.processor.actions.Sources.compile;
import static io.github.posthogcatalog.processor.actions.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every Slack alert diagnostic, compiled by real javac, pinned to its tag, file and line. */
class SlackAlertDiagnosticsTest {

    private static Compilation compileWithEvent(JavaFileObject... sources) {
        JavaFileObject[] all = new JavaFileObject[sources.length + 1];
        all[0] = ESPI_MESSAGE;
        System.arraycopy(sources, 0, all, 1, sources.length);
        return compile(all);
    }

    private static void assertError(JavaFileObject source, String tag, String lineContaining) {
        Compilation compilation = compileWithEvent(source);
        assertThat(compilation).hadErrorContaining("[" + tag + "]").inFile(source).onLineContaining(lineContaining);
    }

    @Test
    void targetMissing() {
        assertError(source("A", "@SlackAlert(channel = \"#ops\")", "final class A {}"),
                "alert-target-missing", "@SlackAlert");
    }

    @Test
    void targetAmbiguousWithSeveralActions() {
        JavaFileObject source = source("Chat",
                "@Event(name = \"chat\")",
                "@Action(name = \"Chat A\")",
                "@Action(name = \"Chat B\")",
                "@SlackAlert(channel = \"#ops\")",
                "record Chat(String id) {}");

        Compilation compilation = compileWithEvent(source);

        assertThat(compilation).hadErrorContaining("[alert-target-ambiguous] @SlackAlert on test.Chat could watch"
                + " Action \"Chat A\", Action \"Chat B\", its event; choose with action = \"<Action name or key>\","
                + " or onEvent = true to watch the event").inFile(source).onLineContaining("@SlackAlert");
    }

    @Test
    void targetConflict() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@Action(name = \"Chat A\")",
                "@SlackAlert(channel = \"#ops\", onEvent = true,", "        action = \"Chat A\")",
                "record Chat(String id) {}"), "alert-target-conflict", "action = \"Chat A\"");
    }

    @Test
    void actionUnknown() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@Action(name = \"Chat A\")",
                "@Action(name = \"Chat B\")", "@SlackAlert(channel = \"#ops\",", "        action = \"Chat C\")",
                "record Chat(String id) {}"), "alert-action-unknown", "action = \"Chat C\"");
    }

    @Test
    void onEventWithoutEvent() {
        assertError(source("A", "@Action(name = \"Docs\", steps = @Step(eventName = \"$pageview\"))",
                "@SlackAlert(channel = \"#ops\",", "        onEvent = true)", "final class A {}"),
                "alert-on-event-invalid", "onEvent = true");
    }

    @Test
    void channelInvalid() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@SlackAlert(", "        channel = \"ops\")",
                "record Chat(String id) {}"), "alert-channel-invalid", "channel = \"ops\"");
    }

    @Test
    void emojiInvalid() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"C0123ABC\",",
                "        emoji = \"hedgehog\")", "record Chat(String id) {}"), "alert-emoji-invalid", "emoji =");
    }

    @Test
    void catalogEmojiInvalid() {
        JavaFileObject packageInfo = JavaFileObjects.forSourceLines("test.package-info",
                "@Catalog(name = \"ops\",",
                "        slackEmoji = \"speech\")",
                "package test;",
                "import io.github.posthogcatalog.annotations.Catalog;");

        Compilation compilation = compileWithEvent(packageInfo);

        assertThat(compilation).hadErrorContaining("[alert-emoji-invalid]").inFile(packageInfo)
                .onLineContaining("slackEmoji");
    }

    @Test
    void intervalOutOfRange() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"#ops\",",
                "        trigger = @Trigger(value = TriggerMode.ONCE_PER_PERSON,",
                "                intervalSeconds = 172_800))", "record Chat(String id) {}"),
                "alert-interval-invalid", "intervalSeconds = 172_800");
    }

    @Test
    void thresholdNegative() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"#ops\",",
                "        trigger = @Trigger(value = TriggerMode.ONCE_PER_INTERVAL,", "                threshold = -5))",
                "record Chat(String id) {}"), "alert-threshold-invalid", "threshold = -5");
    }

    @Test
    void intervalOnEveryTime() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"#ops\",",
                "        trigger = @Trigger(value = TriggerMode.EVERY_TIME,", "                intervalSeconds = 600))",
                "record Chat(String id) {}"), "alert-trigger-option-unused", "intervalSeconds = 600");
    }

    @Test
    void nameBlank() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"#ops\",",
                "        name = \"  \")", "record Chat(String id) {}"), "alert-name-invalid", "name = \"  \"");
    }

    @Test
    void keyInvalid() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"#ops\",",
                "        key = \"Chat Alert\")", "record Chat(String id) {}"), "alert-key-invalid", "key = \"Chat Alert\"");
    }

    @Test
    void keyDuplicateOnRepeatedAlert() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"#ops\")",
                "@SlackAlert(channel = \"#ops\",", "        emoji = \":fire:\")", "record Chat(String id) {}"),
                "alert-key-duplicate", "@SlackAlert(channel = \"#ops\",");
    }

    @Test
    void messageLiquid() {
        JavaFileObject source = source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"#ops\",",
                "        message = \"Hi {{ person.name }}\")", "record Chat(String id) {}");

        Compilation compilation = compileWithEvent(source);

        assertThat(compilation).hadErrorContaining("[alert-message-liquid] @SlackAlert message, at index 3: '{{' is"
                + " Liquid syntax").inFile(source).onLineContaining("message =");
        assertThat(compilation).hadErrorContaining("such as {person.name}");
    }

    @Test
    void messageUnclosed() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"#ops\",",
                "        message = \"Hi {person.name\")", "record Chat(String id) {}"), "alert-message-invalid",
                "message =");
    }

    @Test
    void messageUnknownRoot() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"#ops\",",
                "        message = \"Hi {user.name}\")", "record Chat(String id) {}"), "alert-message-root-unknown",
                "message =");
    }

    @Test
    void messageUnknownField() {
        assertError(source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"#ops\",",
                "        message = \"Hi {person.email}\")", "record Chat(String id) {}"), "alert-message-field-unknown",
                "message =");
    }

    @Test
    void messagePropertyUnknownOnEvent() {
        JavaFileObject source = source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"#ops\",",
                "        message = \"Chat {event.properties.chat_id}\")", "record Chat(String id) {}");

        Compilation compilation = compileWithEvent(source);

        assertThat(compilation).hadErrorContaining("[alert-message-property-unknown] @SlackAlert message reads"
                + " {event.properties.chat_id}, but event \"chat\" has no such property; its properties are [id]")
                .inFile(source).onLineContaining("message =");
    }

    @Test
    void messagePropertyMissingOnOneStep() {
        JavaFileObject source = source("A",
                "@Action(name = \"Talk\", steps = {@Step(event = EspiMessage.class), @Step(event = Chat.class)})",
                "@SlackAlert(channel = \"#ops\",",
                "        message = \"{event.properties.conversation_id}\")",
                "final class A {}",
                "@Event(name = \"chat\")",
                "record Chat(String id) {}");

        Compilation compilation = compileWithEvent(source);

        assertThat(compilation).hadErrorContaining("but event \"chat\" has no such property")
                .inFile(source).onLineContaining("message =");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void messagePostHogPropertyOnAutocaptureIsAccepted() {
        JavaFileObject source = source("A",
                "@Action(name = \"Buy\", steps = @Step(eventName = \"$autocapture\", selector = \"button.buy\"))",
                "@SlackAlert(channel = \"#ops\", message = \"Clicked {event.properties.$el_text} on"
                        + " {event.properties.$current_url}\")",
                "final class A {}");

        assertThat(compileWithEvent(source)).succeededWithoutWarnings();
    }

    @Test
    void messageOwnPropertyOnAutocaptureIsRejected() {
        assertError(source("A",
                "@Action(name = \"Buy\", steps = @Step(eventName = \"$autocapture\", selector = \"button.buy\"))",
                "@SlackAlert(channel = \"#ops\",", "        message = \"{event.properties.cart_total}\")",
                "final class A {}"), "alert-message-property-unknown", "message =");
    }
}
