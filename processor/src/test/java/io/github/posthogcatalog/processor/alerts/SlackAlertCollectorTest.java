package io.github.posthogcatalog.processor.alerts;

import static io.github.posthogcatalog.processor.actions.Sources.ESPI_MESSAGE;
import static io.github.posthogcatalog.processor.actions.Sources.compileCatalog;
import static io.github.posthogcatalog.processor.actions.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.Masking;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What valid alerts turn into, compiled by real javac. */
class SlackAlertCollectorTest {

    private static List<DestinationDefinition> destinations(JavaFileObject... sources) {
        return compileCatalog(sources).destinations();
    }

    @Test
    void singleActionIsTheTarget() {
        JavaFileObject source = source("EspiChat",
                "@Event(name = \"espi-chat\")",
                "@Action(name = \"ESPi: New Message\")",
                "@SlackAlert(channel = \"#ops-production\", emoji = \":speech_balloon:\",",
                "        trigger = @Trigger(value = TriggerMode.ONCE_PER_PERSON, intervalSeconds = 86_400))",
                "record EspiChat(String conversationId, int tokenCount) {}");

        DestinationDefinition destination = destinations(source).get(0);

        assertThat(destination.name()).isEqualTo("ESPi: New Message to #ops-production");
        assertThat(destination.key()).isEqualTo("espi-new-message-to-ops-production");
        assertThat(destination.channel()).isEqualTo("#ops-production");
        assertThat(destination.emoji()).isEqualTo(":speech_balloon:");
        assertThat(destination.botName()).isEqualTo("PostHog");
        assertThat(destination.filters().actions()).containsExactly("espi-new-message");
        assertThat(destination.filters().events()).isEmpty();
        assertThat(destination.trigger()).isEqualTo("once-per-person");
        assertThat(destination.masking()).isEqualTo(new Masking(86_400, "{person.id}", null));
        assertThat(destination.text()).isEqualTo("{person.name} triggered ESPi: New Message");
        assertThat(destination.blocks().get(0).get("text").get("text").asString())
                .contains("*conversation_id:* {event.properties.conversation_id}")
                .contains("*token_count:* {event.properties.token_count}");
    }

    @Test
    void alertOnPlainEventWatchesTheEvent() {
        JavaFileObject source = source("Chat", "@Event(name = \"chat\")",
                "@SlackAlert(channel = \"C0123ABC\", key = \"chat-alert\", botName = \"Ops bot\",",
                "        message = \"New chat {event.properties.id}\")",
                "record Chat(String id) {}");

        DestinationDefinition destination = destinations(source).get(0);

        assertThat(destination.key()).isEqualTo("chat-alert");
        assertThat(destination.filters().events()).containsExactly("chat");
        assertThat(destination.filters().actions()).isEmpty();
        assertThat(destination.botName()).isEqualTo("Ops bot");
        assertThat(destination.emoji()).isEqualTo(":hedgehog:");
        assertThat(destination.text()).isEqualTo("New chat {event.properties.id}");
        assertThat(destination.trigger()).isEqualTo("every-time");
        assertThat(destination.masking()).isNull();
    }

    @Test
    void explicitChoiceAmongSeveralTargets() {
        JavaFileObject source = source("Chat", "@Event(name = \"chat\")",
                "@Action(name = \"Chat A\")",
                "@Action(name = \"Chat B\", key = \"chat-b\")",
                "@SlackAlert(channel = \"#a\", action = \"Chat A\")",
                "@SlackAlert(channel = \"#b\", action = \"chat-b\",",
                "        trigger = @Trigger(value = TriggerMode.ONCE_PER_PERSON_AND_EVENT, threshold = 1000))",
                "@SlackAlert(channel = \"#c\", onEvent = true,",
                "        trigger = @Trigger(TriggerMode.ONCE_PER_INTERVAL))",
                "record Chat(String id) {}");

        List<DestinationDefinition> destinations = destinations(source);

        assertThat(destinations).extracting(DestinationDefinition::key)
                .containsExactly("chat-a-to-a", "chat-b-to-b", "chat-to-c");
        assertThat(destinations.get(0).filters().actions()).containsExactly("chat-a");
        assertThat(destinations.get(1).filters().actions()).containsExactly("chat-b");
        assertThat(destinations.get(1).masking())
                .isEqualTo(new Masking(1800, "{concat(person.id, event.event)}", 1000));
        assertThat(destinations.get(2).filters().events()).containsExactly("chat");
        assertThat(destinations.get(2).masking()).isEqualTo(new Masking(1800, "all", null));
    }

    @Test
    void catalogDefaultsApply() {
        JavaFileObject packageInfo = JavaFileObjects.forSourceLines("test.package-info",
                "@Catalog(name = \"ops\", slackBotName = \"PostHog: Platform Ops\", slackEmoji = \":robot_face:\")",
                "package test;",
                "import io.github.posthogcatalog.annotations.Catalog;");
        JavaFileObject source = source("Chat", "@Event(name = \"chat\")", "@SlackAlert(channel = \"#ops\")",
                "record Chat(String id) {}");

        DestinationDefinition destination = destinations(packageInfo, source).get(0);

        assertThat(destination.botName()).isEqualTo("PostHog: Platform Ops");
        assertThat(destination.emoji()).isEqualTo(":robot_face:");
    }

    @Test
    void actionOverSeveralEventsListsNoProperties() {
        JavaFileObject source = source("A",
                "@Action(name = \"Talk\", steps = {@Step(event = EspiMessage.class), @Step(eventName = \"$pageview\")})",
                "@SlackAlert(channel = \"#ops\")",
                "final class A {}");

        DestinationDefinition destination = destinations(ESPI_MESSAGE, source).get(0);

        assertThat(destination.blocks().get(0).get("text").get("text").asString())
                .isEqualTo("*{person.name}* triggered *Talk*");
    }
}
