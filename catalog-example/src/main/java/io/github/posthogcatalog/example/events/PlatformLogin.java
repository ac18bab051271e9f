package io.github.posthogcatalog.example.events;

import io.github.posthogcatalog.annotations.Event;
import io.github.posthogcatalog.annotations.Group;

/**
 * A user signed in to the platform. The backend sends it once the session is created, so it
 * counts successful logins only.
 *
 * @param organizationId the organization the user signed in to
 * @param method how the user proved who they are
 * @param newDevice whether the user signed in from a device the platform has not seen before
 */
@Event(name = "platform-login", owner = "identity-team", tags = {"auth"})
public record PlatformLogin(@Group("organization") String organizationId, Method method, boolean newDevice) {

    /** A way to sign in. */
    public enum Method {
        PASSWORD,
        SSO,
        MAGIC_LINK
    }
}
