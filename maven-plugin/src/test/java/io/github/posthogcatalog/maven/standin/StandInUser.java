package io.github.posthogcatalog.maven.standin;

import tools.jackson.databind.node.ObjectNode;

/** The user that owns every key of the stand-in, as PostHog's {@code UserBasicSerializer} shows a user. */
final class StandInUser {

    private StandInUser() {}

    static ObjectNode basic() {
        ObjectNode user = Json.object();
        user.put("id", 1);
        user.put("uuid", "0190a000-0000-7000-8000-000000000001");
        user.put("distinct_id", "stand-in-user");
        user.put("first_name", "Stand-in");
        user.put("last_name", "");
        user.put("email", "stand-in@example.com");
        user.put("is_email_verified", true);
        return user;
    }
}
