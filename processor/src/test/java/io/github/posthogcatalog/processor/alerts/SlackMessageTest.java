package io.github.posthogcatalog.processor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.catalog.PropertyDefinition;
import io.github.posthogcatalog.catalog.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SlackMessageTest {

    private static PropertyDefinition property(String name, boolean required, String jsonType) {
        return new PropertyDefinition(name, "", required, new ValueType(jsonType, null, "x", null, null, null, null));
    }

    @Test
    void defaultSaysWhoTriggeredWhat() {
        SlackMessage message = SlackMessage.byDefault("ESPi: New Message", List.of());

        assertThat(message.text()).isEqualTo("{person.name} triggered ESPi: New Message");
        assertThat(message.blocks().get(0).get("text").get("text").asString())
                .isEqualTo("*{person.name}* triggered *ESPi: New Message*");
    }

    @Test
    void defaultListsRequiredScalarPropertiesUpToThree() {
        List<PropertyDefinition> properties = List.of(
                property("conversation_id", true, "string"),
                property("model", false, "string"),
                property("tags", true, "array"),
                property("token_count", true, "integer"),
                property("cost", true, "number"),
                property("latency", true, "number"));

        String section = SlackMessage.byDefault("espi-message", properties)
                .blocks().get(0).get("text").get("text").asString();

        assertThat(section).contains("*conversation_id:* {event.properties.conversation_id}")
                .contains("*token_count:* {event.properties.token_count}")
                .contains("*cost:* {event.properties.cost}")
                .doesNotContain("model").doesNotContain("tags").doesNotContain("latency");
    }

    @Test
    void defaultHasPersonAndSourceButtons() {
        JsonNode actions = SlackMessage.byDefault("x", List.of()).blocks().get(1);

        assertThat(actions.get("type").asString()).isEqualTo("actions");
        assertThat(actions.get("elements")).extracting(button -> button.get("url").asString())
                .containsExactly("{person.url}", "{source.url}");
        assertThat(actions.get("elements").get(0).get("text").get("type").asString()).isEqualTo("plain_text");
    }

    @Test
    void defaultEscapesBracesAndMrkdwn() {
        SlackMessage message = SlackMessage.byDefault("A {b} <c> & d", List.of());

        assertThat(message.text()).isEqualTo("{person.name} triggered A \\{b} <c> & d");
        assertThat(message.blocks().get(0).get("text").get("text").asString())
                .isEqualTo("*{person.name}* triggered *A \\{b} &lt;c&gt; &amp; d*");
        assertThat(HogTemplate.parse(message.text()).problems()).isEmpty();
    }

    @Test
    void defaultUsesBracketsForOddPropertyNames() {
        String section = SlackMessage.byDefault("x", List.of(property("order-id", true, "string")))
                .blocks().get(0).get("text").get("text").asString();

        assertThat(section).contains("{event.properties['order-id']}");
        assertThat(HogTemplate.parse(section).placeholders()).flatExtracting(Placeholder::eventProperties)
                .containsExactly("order-id");
    }

    @Test
    void customKeepsTemplateInTextAndSection() {
        SlackMessage message = SlackMessage.custom("New chat {event.properties.conversation_id}");

        assertThat(message.text()).isEqualTo("New chat {event.properties.conversation_id}");
        assertThat(message.blocks().get(0).get("text").get("text").asString()).isEqualTo(message.text());
        assertThat(message.blocks()).hasSize(2);
    }
}
