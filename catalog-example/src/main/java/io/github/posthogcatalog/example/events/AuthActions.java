package io.github.posthogcatalog.example.events;

import io.github.posthogcatalog.annotations.Action;
import io.github.posthogcatalog.annotations.SlackAlert;
import io.github.posthogcatalog.annotations.Step;
import io.github.posthogcatalog.annotations.Trigger;
import io.github.posthogcatalog.annotations.TriggerMode;

/**
 * A user signed in, seen from either side: the backend's login event, or the web app's
 * autocaptured click on the login button for sessions that have not reached the backend yet.
 */
@Action(
        name = "Auth: Platform Login",
        tags = {"auth"},
        steps = {
            @Step(event = PlatformLogin.class),
            @Step(eventName = "$autocapture", selector = "button[data-attr=\"login\"]", url = "/login")
        })
@SlackAlert(
        channel = "#ops-production",
        name = "Auth: platform login, hourly per person",
        emoji = ":key:",
        action = "Auth: Platform Login",
        message = "{person.name} signed in to the platform",
        trigger = @Trigger(value = TriggerMode.ONCE_PER_PERSON, intervalSeconds = 3_600))
public interface AuthActions {}
