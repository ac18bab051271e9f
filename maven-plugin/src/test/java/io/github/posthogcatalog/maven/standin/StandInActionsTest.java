package io.github.posthogcatalog.maven.standin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StandInActionsTest {

    private static final String ACTIONS = "/api/projects/1/actions/";

    private final PostHogStandIn posthog = PostHogStandIn.start();
    private final StandInHttp http = new StandInHttp(posthog.baseUri());

    @AfterEach
    void stop() {
        posthog.close();
    }

    @Test
    void createReturnsFullObjectWithStepDefaults() {
        StandInHttp.Reply reply = http.post(ACTIONS, """
                {"name": "Signed up", "description": "d", "steps": [{"event": "signed-up "}]}""");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode action = reply.json();
        assertThat(action.get("id").isIntegralNumber()).isTrue();
        assertThat(action.get("name").asString()).isEqualTo("Signed up");
        assertThat(action.get("deleted").asBoolean()).isFalse();
        assertThat(action.get("is_action").asBoolean()).isTrue();
        assertThat(action.get("team_id").asLong()).isEqualTo(1);
        JsonNode step = action.get("steps").get(0);
        assertThat(step.get("event").asString()).isEqualTo("signed-up ");
        assertThat(step.get("url_matching").asString()).isEqualTo("contains");
        assertThat(step.has("selector_regex")).isTrue();
        for (String key : new String[] {"properties", "selector", "tag_name", "text", "text_matching", "href",
                "href_matching", "url"}) {
            assertThat(step.has(key)).as(key).isTrue();
            assertThat(step.get(key).isNull()).as(key).isTrue();
        }
    }

    @Test
    void listIsUnpaginatedAndSkipsDeleted() {
        posthog.seedAction(1, object("{\"name\": \"A\"}"));
        posthog.seedAction(1, object("{\"name\": \"B\"}"));
        posthog.seedAction(1, object("{\"name\": \"C\", \"deleted\": true}"));

        JsonNode list = http.get(ACTIONS).json();

        assertThat(list.get("count").asInt()).isEqualTo(2);
        assertThat(list.has("next")).isFalse();
        assertThat(list.has("previous")).isFalse();
        assertThat(list.get("results")).extracting(node -> node.get("name").asString()).containsExactly("A", "B");
    }

    @Test
    void retrieveReturnsSoftDeletedAction() {
        long id = posthog.seedAction(1, object("{\"name\": \"A\"}")).get("id").asLong();
        assertThat(http.patch(ACTIONS + id + "/", "{\"deleted\": true}").status()).isEqualTo(200);

        StandInHttp.Reply reply = http.get(ACTIONS + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("deleted").asBoolean()).isTrue();
        assertThat(http.get(ACTIONS).json().get("count").asInt()).isZero();
    }

    @Test
    void duplicateNameNamesExistingId() {
        long id = posthog.seedAction(1, object("{\"name\": \"Signed up\"}")).get("id").asLong();

        StandInHttp.Reply reply = http.post(ACTIONS, "{\"name\": \"Signed up\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).isEqualTo("validation_error");
        assertThat(reply.json().get("code").asString()).isEqualTo("unique");
        assertThat(reply.json().get("attr").asString()).isEqualTo("name");
        assertThat(reply.json().get("detail").asString())
                .isEqualTo("This project already has an action with this name, ID " + id);
    }

    @Test
    void nameOfDeletedActionCanBeReused() {
        posthog.seedAction(1, object("{\"name\": \"Signed up\", \"deleted\": true}"));

        assertThat(http.post(ACTIONS, "{\"name\": \"Signed up\"}").status()).isEqualTo(201);
    }

    @Test
    void nameIsCaseSensitiveForUniqueness() {
        posthog.seedAction(1, object("{\"name\": \"Signed up\"}"));

        assertThat(http.post(ACTIONS, "{\"name\": \"signed up\"}").status()).isEqualTo(201);
    }

    @Test
    void blankNameIsRejected() {
        StandInHttp.Reply reply = http.post(ACTIONS, "{\"name\": \"   \"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asString()).isEqualTo("blank");
        assertThat(reply.json().get("attr").asString()).isEqualTo("name");
    }

    @Test
    void deleteIsForbiddenWithEmptyBody() {
        long id = posthog.seedAction(1, object("{\"name\": \"A\"}")).get("id").asLong();

        StandInHttp.Reply reply = http.send("DELETE", ACTIONS + id + "/", null, PostHogStandIn.DEFAULT_KEY, null);

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.body()).isEmpty();
        assertThat(posthog.actions(1)).hasSize(1);
    }

    @Test
    void tagsAreStrippedLoweredAndDeduplicated() {
        JsonNode action = http.post(ACTIONS, "{\"name\": \"A\", \"tags\": [\" Posthog-Catalog \", \"posthog-catalog\", \"Ops\"]}").json();

        assertThat(action.get("tags")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("posthog-catalog", "ops");
    }

    @Test
    void emptyTagListClearsTagsAndOmittedKeepsThem() {
        long id = http.post(ACTIONS, "{\"name\": \"A\", \"tags\": [\"x\"]}").json().get("id").asLong();

        JsonNode kept = http.patch(ACTIONS + id + "/", "{\"description\": \"changed\"}").json();
        JsonNode cleared = http.patch(ACTIONS + id + "/", "{\"tags\": []}").json();

        assertThat(kept.get("tags")).hasSize(1);
        assertThat(cleared.get("tags")).isEmpty();
    }

    @Test
    void invalidMatchingChoiceIsRejected() {
        StandInHttp.Reply reply = http.post(ACTIONS, "{\"name\": \"A\", \"steps\": [{\"url\": \"x\", \"url_matching\": \"startswith\"}]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asString()).isEqualTo("invalid_choice");
        assertThat(reply.json().get("detail").asString()).isEqualTo("\"startswith\" is not a valid choice.");
        assertThat(reply.json().get("attr").asString()).isEqualTo("steps__0__url_matching");
    }

    @Test
    void regexMustCompileUnderRe2() {
        // A backreference is valid in java.util.regex but not in RE2.
        StandInHttp.Reply rejected = http.post(ACTIONS,
                "{\"name\": \"A\", \"steps\": [{\"url\": \"(a)\\\\1\", \"url_matching\": \"regex\"}]}");
        StandInHttp.Reply accepted = http.post(ACTIONS,
                "{\"name\": \"B\", \"steps\": [{\"url\": \"^https://x\\\\.com/.*$\", \"url_matching\": \"regex\"}]}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().get("attr").asString()).isEqualTo("steps__0__url");
        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void patchReplacesWholeStepList() {
        long id = http.post(ACTIONS, "{\"name\": \"A\", \"steps\": [{\"event\": \"a\"}, {\"event\": \"b\"}]}").json()
                .get("id").asLong();

        JsonNode patched = http.patch(ACTIONS + id + "/", "{\"steps\": [{\"event\": \"c\"}]}").json();

        assertThat(patched.get("steps")).hasSize(1);
        assertThat(patched.get("steps").get(0).get("event").asString()).isEqualTo("c");
    }

    @Test
    void putUpdatesLikePatch() {
        long id = http.post(ACTIONS, "{\"name\": \"A\"}").json().get("id").asLong();

        StandInHttp.Reply reply = http.send("PUT", ACTIONS + id + "/", "{\"name\": \"B\"}", PostHogStandIn.DEFAULT_KEY,
                "application/json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(posthog.actions(1).get(0).get("name").asString()).isEqualTo("B");
    }

    @Test
    void pathWithoutTrailingSlashWorks() {
        long id = http.post("/api/projects/1/actions", "{\"name\": \"A\"}").json().get("id").asLong();

        assertThat(http.get("/api/projects/1/actions/" + id).status()).isEqualTo(200);
    }

    @Test
    void bodyWithoutJsonContentTypeHasNoFields() {
        long id = http.post(ACTIONS, "{\"name\": \"A\"}").json().get("id").asLong();

        StandInHttp.Reply patch = http.send("PATCH", ACTIONS + id + "/", "{\"name\": \"B\"}", PostHogStandIn.DEFAULT_KEY,
                "text/plain");
        StandInHttp.Reply create = http.send("POST", ACTIONS, "{\"name\": \"C\"}", PostHogStandIn.DEFAULT_KEY, null);

        assertThat(patch.status()).isEqualTo(200);
        assertThat(patch.json().get("name").asString()).isEqualTo("A");
        assertThat(create.status()).isEqualTo(201);
        assertThat(create.json().get("name").isNull()).isTrue();
    }

    @Test
    void malformedJsonIsParseError() {
        StandInHttp.Reply reply = http.post(ACTIONS, "{\"name\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asString()).isEqualTo("parse_error");
    }

    @Test
    void unknownActionIsNotFound() {
        StandInHttp.Reply reply = http.get(ACTIONS + "999/");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("detail").asString()).isEqualTo("Not found.");
        assertThat(reply.json().get("attr").isNull()).isTrue();
    }

    static tools.jackson.databind.node.ObjectNode object(String json) {
        return (tools.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(json);
    }
}
