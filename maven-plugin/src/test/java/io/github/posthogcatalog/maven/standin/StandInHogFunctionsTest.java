package io.github.posthogcatalog.maven.standin;

import static io.github.posthogcatalog.maven.standin.StandInActionsTest.object;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StandInHogFunctionsTest {

    private static final String FUNCTIONS = "/api/projects/1/hog_functions/";
    private static final String SLACK_INPUTS =
            "\"inputs\": {\"slack_workspace\": {\"value\": 7}, \"channel\": {\"value\": \"C01\"}}";

    private final PostHogStandIn posthog = PostHogStandIn.start();
    private final StandInHttp http = new StandInHttp(posthog.baseUri());

    @AfterEach
    void stop() {
        posthog.close();
    }

    @Test
    void createFromTemplateCopiesCodeAndSchema() {
        StandInHttp.Reply reply = http.post(FUNCTIONS, "{\"template_id\": \"template-slack\", " + SLACK_INPUTS + "}");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode function = reply.json();
        JsonNode template = http.get("/api/projects/1/hog_function_templates/template-slack/").json();
        assertThat(function.get("name").asString()).isEqualTo("Slack");
        assertThat(function.get("hog").asString()).isEqualTo(template.get("code").asString());
        assertThat(function.get("inputs_schema")).isEqualTo(template.get("inputs_schema"));
        assertThat(function.get("icon_url").asString()).isEqualTo("/static/services/slack.png");
        assertThat(function.get("template").get("id").asString()).isEqualTo("template-slack");
        assertThat(function.get("type").asString()).isEqualTo("destination");
        assertThat(function.get("enabled").asBoolean()).isFalse();
        assertThat(function.has("template_id")).isFalse();
    }

    @Test
    void inputsAreNotFilledFromTemplateDefaults() {
        JsonNode inputs = http.post(FUNCTIONS, "{\"template_id\": \"template-slack\", " + SLACK_INPUTS + "}").json()
                .get("inputs");

        assertThat(inputs.propertyNames()).containsExactlyInAnyOrder("slack_workspace", "channel");
    }

    @Test
    void requiredInputWithDefaultIsFilled() {
        JsonNode inputs = http.post(FUNCTIONS, """
                {"hog": "return 1", "inputs_schema": [
                  {"key": "url", "type": "string", "required": true, "default": "https://example.com"},
                  {"key": "note", "type": "string", "required": false, "default": "unused"}]}""").json().get("inputs");

        assertThat(inputs.get("url").get("value").asString()).isEqualTo("https://example.com");
        assertThat(inputs.has("note")).isFalse();
    }

    @Test
    void missingRequiredInputIsRejected() {
        StandInHttp.Reply reply = http.post(FUNCTIONS,
                "{\"template_id\": \"template-slack\", \"inputs\": {\"slack_workspace\": {\"value\": 7}}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asString()).isEqualTo("invalid_input");
        assertThat(reply.json().get("detail").asString()).isEqualTo("This field is required.");
        assertThat(reply.json().get("attr").asString()).isEqualTo("inputs__channel");
    }

    @Test
    void inputsOutsideSchemaAreDropped() {
        JsonNode inputs = http.post(FUNCTIONS, "{\"template_id\": \"template-slack\", \"inputs\": {"
                + "\"slack_workspace\": {\"value\": 7}, \"channel\": {\"value\": \"C01\"}, \"bogus\": {\"value\": 1}}}")
                .json().get("inputs");

        assertThat(inputs.has("bogus")).isFalse();
    }

    @Test
    void integrationInputMustBeInteger() {
        StandInHttp.Reply reply = http.post(FUNCTIONS, "{\"template_id\": \"template-slack\", \"inputs\": {"
                + "\"slack_workspace\": {\"value\": \"seven\"}, \"channel\": {\"value\": \"C01\"}}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("detail").asString()).isEqualTo("Value must be an Integration ID.");
        assertThat(reply.json().get("attr").asString()).isEqualTo("inputs__slack_workspace");
    }

    @Test
    void templatedInputsGetBytecodeAndOrder() {
        JsonNode inputs = http.post(FUNCTIONS, "{\"template_id\": \"template-slack\", \"inputs\": {"
                + "\"slack_workspace\": {\"value\": 7}, \"channel\": {\"value\": \"C01\"},"
                + "\"text\": {\"value\": \"{event.event}\"}, \"blocks\": {\"value\": []}}}").json().get("inputs");

        assertThat(inputs.get("text").get("bytecode").isArray()).isTrue();
        assertThat(inputs.get("blocks").get("bytecode").isArray()).isTrue();
        assertThat(inputs.get("slack_workspace").has("bytecode")).isFalse();
        assertThat(inputs.get("channel").has("bytecode")).isFalse();
        for (String key : new String[] {"slack_workspace", "channel", "text", "blocks"}) {
            assertThat(inputs.get(key).get("order").isIntegralNumber()).as(key).isTrue();
        }
    }

    @Test
    void unknownTemplateIsRejected() {
        StandInHttp.Reply reply = http.post(FUNCTIONS, "{\"template_id\": \"template-nope\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("attr").asString()).isEqualTo("template_id");
        assertThat(reply.json().get("detail").asString()).isEqualTo("No template found for id 'template-nope'");
    }

    @Test
    void maskingTtlAndHashAreChecked() {
        String base = "{\"template_id\": \"template-slack\", " + SLACK_INPUTS + ", \"masking\": ";

        StandInHttp.Reply low = http.post(FUNCTIONS, base + "{\"ttl\": 59, \"hash\": \"all\"}}");
        StandInHttp.Reply high = http.post(FUNCTIONS, base + "{\"ttl\": 86401, \"hash\": \"all\"}}");
        StandInHttp.Reply noHash = http.post(FUNCTIONS, base + "{\"ttl\": 60}}");
        StandInHttp.Reply valid = http.post(FUNCTIONS, base + "{\"ttl\": 86400, \"hash\": \"{person.id}\"}}");

        assertThat(low.json().get("attr").asString()).isEqualTo("masking__ttl");
        assertThat(high.json().get("attr").asString()).isEqualTo("masking__ttl");
        assertThat(noHash.json().get("attr").asString()).isEqualTo("masking__hash");
        assertThat(valid.status()).isEqualTo(201);
        assertThat(valid.json().get("masking").get("hash").asString()).isEqualTo("{person.id}");
        assertThat(valid.json().get("masking").get("threshold").isNull()).isTrue();
    }

    @Test
    void filtersAreEchoedWithSourceAndBytecode() {
        long actionId = posthog.seedAction(1, object("{\"name\": \"A\"}")).get("id").asLong();

        JsonNode filters = http.post(FUNCTIONS, "{\"template_id\": \"template-slack\", " + SLACK_INPUTS
                + ", \"enabled\": true, \"filters\": {\"actions\": [{\"id\": \"" + actionId + "\", \"type\": \"actions\"}]}}")
                .json().get("filters");

        assertThat(filters.get("source").asString()).isEqualTo("events");
        assertThat(filters.get("bytecode").isArray()).isTrue();
        assertThat(filters.get("actions").get(0).get("id").asString()).isEqualTo(String.valueOf(actionId));
    }

    @Test
    void missingActionRejectsEnabledFunction() {
        String body = "{\"template_id\": \"template-slack\", " + SLACK_INPUTS
                + ", \"enabled\": %s, \"filters\": {\"actions\": [{\"id\": \"4242\", \"type\": \"actions\"}]}}";

        StandInHttp.Reply enabled = http.post(FUNCTIONS, body.formatted("true"));
        StandInHttp.Reply disabled = http.post(FUNCTIONS, body.formatted("false"));

        assertThat(enabled.status()).isEqualTo(400);
        assertThat(enabled.json().get("attr").asString()).isEqualTo("filters__non_field_errors");
        assertThat(enabled.json().get("detail").asString()).startsWith("Invalid filter configuration");
        assertThat(disabled.status()).isEqualTo(201);
        assertThat(disabled.json().get("filters").get("bytecode_error").asString()).startsWith("Invalid filter configuration");
    }

    @Test
    void softDeletedActionStillCountsAsExisting() {
        long actionId = posthog.seedAction(1, object("{\"name\": \"A\", \"deleted\": true}")).get("id").asLong();

        StandInHttp.Reply reply = http.post(FUNCTIONS, "{\"template_id\": \"template-slack\", " + SLACK_INPUTS
                + ", \"enabled\": true, \"filters\": {\"actions\": [{\"id\": " + actionId + "}]}}");

        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void listIsPaginatedWithAbsoluteLinks() {
        posthog.pageSize(2);
        for (int i = 0; i < 5; i++) {
            seedSlack("F" + i);
        }

        JsonNode first = http.get(FUNCTIONS + "?type=destination").json();
        JsonNode second = http.get(FUNCTIONS + "?type=destination&limit=2&offset=2").json();

        assertThat(first.get("count").asInt()).isEqualTo(5);
        assertThat(first.get("results")).hasSize(2);
        assertThat(first.get("previous").isNull()).isTrue();
        assertThat(first.get("next").asString())
                .isEqualTo(posthog.baseUri() + FUNCTIONS + "?type=destination&limit=2&offset=2");
        assertThat(second.get("previous").asString()).isEqualTo(posthog.baseUri() + FUNCTIONS + "?type=destination&limit=2");
    }

    @Test
    void listItemsAreMinimalUnlessFull() {
        seedSlack("F");

        JsonNode minimal = http.get(FUNCTIONS).json().get("results").get(0);
        JsonNode full = http.get(FUNCTIONS + "?full=true").json().get("results").get(0);

        assertThat(minimal.has("inputs")).isFalse();
        assertThat(minimal.has("masking")).isFalse();
        assertThat(minimal.has("hog")).isTrue();
        assertThat(full.has("inputs")).isTrue();
        assertThat(full.has("masking")).isTrue();
    }

    @Test
    void typeFilterSelectsType() {
        seedSlack("F");
        posthog.seedHogFunction(1, object("{\"type\": \"transformation\", \"hog\": \"return event\"}"));

        assertThat(http.get(FUNCTIONS + "?type=destination").json().get("count").asInt()).isEqualTo(1);
        assertThat(http.get(FUNCTIONS).json().get("count").asInt()).isEqualTo(2);
    }

    @Test
    void softDeletedFunctionIsHiddenUntilUndeleted() {
        String id = seedSlack("F").get("id").asString();

        assertThat(http.patch(FUNCTIONS + id + "/", "{\"deleted\": true}").status()).isEqualTo(200);
        StandInHttp.Reply hidden = http.get(FUNCTIONS + id + "/");
        StandInHttp.Reply patchWhileDeleted = http.patch(FUNCTIONS + id + "/", "{\"name\": \"G\"}");
        StandInHttp.Reply undeleted = http.patch(FUNCTIONS + id + "/", "{\"deleted\": false}");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(patchWhileDeleted.status()).isEqualTo(404);
        assertThat(undeleted.status()).isEqualTo(200);
        assertThat(http.get(FUNCTIONS + id + "/").status()).isEqualTo(200);
    }

    @Test
    void deleteIsForbiddenWithEmptyBody() {
        String id = seedSlack("F").get("id").asString();

        StandInHttp.Reply reply = http.send("DELETE", FUNCTIONS + id + "/", null, PostHogStandIn.DEFAULT_KEY, null);

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void environmentsAliasReachesSameFunctions() {
        String id = seedSlack("F").get("id").asString();

        assertThat(http.get("/api/environments/1/hog_functions/" + id).status()).isEqualTo(200);
        assertThat(http.get("/api/environments/1/actions/").status()).isEqualTo(404);
    }

    @Test
    void typeCannotChange() {
        String id = seedSlack("F").get("id").asString();

        StandInHttp.Reply reply = http.patch(FUNCTIONS + id + "/", "{\"type\": \"transformation\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("attr").asString()).isEqualTo("type");
    }

    @Test
    void staleBaseUpdatedAtIsConflict() {
        JsonNode created = seedSlack("F");
        String id = created.get("id").asString();
        String loadedAt = created.get("updated_at").asString();
        http.patch(FUNCTIONS + id + "/", "{\"name\": \"changed elsewhere\"}");

        StandInHttp.Reply reply = http.patch(FUNCTIONS + id + "/", "{\"name\": \"G\", \"base_updated_at\": \"" + loadedAt + "\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("code").asString()).isEqualTo("stale_update");
    }

    @Test
    void slackTemplateHasSlackInputs() {
        JsonNode template = http.get("/api/projects/1/hog_function_templates/template-slack").json();
        JsonNode list = http.get("/api/projects/1/hog_function_templates/").json();

        assertThat(template.get("inputs_schema")).extracting(item -> item.get("key").asString())
                .containsExactly("slack_workspace", "channel", "icon_emoji", "username", "blocks", "text", "thread_ts");
        JsonNode workspace = template.get("inputs_schema").get(0);
        assertThat(workspace.get("type").asString()).isEqualTo("integration");
        assertThat(workspace.get("required").asBoolean()).isTrue();
        JsonNode channel = template.get("inputs_schema").get(1);
        assertThat(channel.get("type").asString()).isEqualTo("integration_field");
        assertThat(channel.get("required").asBoolean()).isTrue();
        assertThat(list.get("results")).extracting(item -> item.get("id").asString()).contains("template-slack");
    }

    private JsonNode seedSlack(String name) {
        return posthog.seedHogFunction(1, object("{\"template_id\": \"template-slack\", \"name\": \"" + name + "\", "
                + SLACK_INPUTS + "}"));
    }
}
