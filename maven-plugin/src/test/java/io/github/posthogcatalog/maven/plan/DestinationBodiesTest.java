package io.github.posthogcatalog.maven.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.DestinationFilters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class DestinationBodiesTest {

    @Test
    void createBodyFollowsSlackTemplate() {
        DesiredDestination destination = new DesiredDestination(
                Fixtures.destination("login-alert", "#ops", List.of("signup", "login"), List.of("auth-login")), "C0000OPS", "platform-ops");
        Map<String, String> ids = Map.of("auth-login", "31");

        ObjectNode body = DestinationBodies.createBody(destination, 5L, ids::get, key -> "Auth: Login");

        assertThat(body.get("type").stringValue()).isEqualTo("destination");
        assertThat(body.get("template_id").stringValue()).isEqualTo("template-slack");
        assertThat(body.get("enabled").booleanValue()).isTrue();
        assertThat(body.get("description").stringValue()).endsWith("\n\n[posthog-catalog:key=login-alert;catalog=platform-ops]");
        JsonNode inputs = body.get("inputs");
        assertThat(inputs.get("slack_workspace").get("value").longValue()).isEqualTo(5L);
        assertThat(inputs.get("channel").get("value").stringValue()).isEqualTo("C0000OPS");
        assertThat(inputs.get("icon_emoji").get("value").stringValue()).isEqualTo(":key:");
        assertThat(inputs.get("username").get("value").stringValue()).isEqualTo("PostHog: Platform Ops");
        assertThat(inputs.get("text").get("value").stringValue()).isEqualTo("{person.name} signed in");
        assertThat(inputs.get("blocks").get("value").isArray()).isTrue();
        assertThat(body.get("filters").toString()).isEqualTo(CatalogJson.mapper().readTree("""
                {"events":[{"id":"signup","name":"signup","type":"events","order":0},
                           {"id":"login","name":"login","type":"events","order":1}],
                 "actions":[{"id":"31","name":"Auth: Login","type":"actions","order":0}]}
                """).toString());
        assertThat(body.get("masking").toString()).isEqualTo("{\"ttl\":86400,\"hash\":\"{person.id}\"}");
    }

    @Test
    void everyTimeTriggerSendsNullMasking() {
        DestinationDefinition definition = new DestinationDefinition("k", "N", "", "#ops", null, null, "hi", null,
                new DestinationFilters(List.of("signup"), List.of()), "every-time", null);

        ObjectNode body = DestinationBodies.updateBody(new DesiredDestination(definition, "C1", "platform-ops"), 5L, k -> k, k -> k);

        assertThat(body.get("masking").isNull()).isTrue();
        assertThat(body.get("inputs").propertyNames()).containsExactlyInAnyOrder("slack_workspace", "channel", "text");
        assertThat(body.has("template_id")).isFalse();
    }
}
