package io.github.posthogcatalog.processor.diagnostics;

/**
 * Every message the processor reports. Each has a stable tag, shown in brackets at the start of the
 * message, so that users can search for it and tests can pin it. Messages state the rule and the
 * fix; {@code %s} placeholders are filled by {@link #format(Object...)}.
 */
public enum Diagnostic {

    // --- Events and properties -------------------------------------------------------------------

    // --- Actions and Slack alerts ----------------------------------------------------------------

    ACTION_NAME_INVALID("action-name-invalid",
            "@Action name \"%s\" is invalid: it must not be blank and must have at most 400 characters,"
                    + " PostHog's limit"),
    ACTION_KEY_INVALID("action-key-invalid",
            "@Action key \"%s\" is invalid: use lower-case letters, digits, '-', '_' and '.', starting with a"
                    + " letter or digit, at most 100 characters%s"),
    ACTION_NAME_DUPLICATE("action-name-duplicate",
            "@Action name \"%s\" is already used by an Action on %s; PostHog requires unique Action names in a"
                    + " project, so rename one of them"),
    ACTION_KEY_DUPLICATE("action-key-duplicate",
            "@Action key \"%s\" is already used by an Action on %s; set a distinct key on one of them"),
    ACTION_STEPS_MISSING("action-steps-missing",
            "@Action \"%s\" has no steps, and %s is not an @Event type; add steps, such as"
                    + " steps = @Step(eventName = \"$pageview\", url = \"/pricing\")"),
    ACTION_STEP_EVENT_CONFLICT("action-step-event-conflict",
            "@Step sets both event = %s.class and eventName = \"%s\"; set only one"),
    ACTION_STEP_EVENT_NOT_EVENT("action-step-event-not-event",
            "@Step event %s is not an @Event type; annotate it with @Event, or name the event with eventName"),
    ACTION_STEP_EVENT_UNKNOWN("action-step-event-unknown",
            "@Step eventName \"%s\" is neither an event of this catalog nor one of PostHog's own events%s"),
    ACTION_STEP_EMPTY("action-step-empty",
            "@Step sets no event, element, URL or property filter, so it would match every event; name an"
                    + " event or add a criterion"),
    ACTION_REGEX_INVALID("action-regex-invalid",
            "%s \"%s\" is not a valid RE2 regular expression (%s); PostHog matches regexes with RE2, which has"
                    + " no lookaround and no backreferences"),
    ACTION_SELECTOR_INVALID("action-selector-invalid",
            "@Step selector \"%s\" is invalid at index %d: %s"),
    ACTION_FILTER_KEY_UNKNOWN("action-filter-key-unknown",
            "@Where key \"%s\" is not a property of %s; its properties are %s. For a person property set"
                    + " type = PropertyScope.PERSON"),
    ACTION_FILTER_OPERATOR_INVALID("action-filter-operator-invalid",
            "@Where operator %s does not fit property \"%s\" of type %s; %s"),
    ACTION_FILTER_VALUE_COUNT("action-filter-value-count",
            "@Where operator %s %s, but %d value(s) are given"),
    ACTION_FILTER_VALUE_INVALID("action-filter-value-invalid",
            "@Where value \"%s\" does not fit property \"%s\": %s"),
    ALERT_TARGET_MISSING("alert-target-missing",
            "@SlackAlert on %s has nothing to watch; put it on an @Event type or on a type with an @Action"),
    ALERT_TARGET_AMBIGUOUS("alert-target-ambiguous",
            "@SlackAlert on %s could watch %s; choose with action = \"<Action name or key>\"%s"),
    ALERT_TARGET_CONFLICT("alert-target-conflict",
            "@SlackAlert sets both action = \"%s\" and onEvent = true; set only one"),
    ALERT_ACTION_UNKNOWN("alert-action-unknown",
            "@SlackAlert action \"%s\" names no @Action on %s; its Actions are %s"),
    ALERT_ON_EVENT_INVALID("alert-on-event-invalid",
            "@SlackAlert onEvent = true needs an @Event type, but %s has no @Event; remove onEvent"),
    ALERT_CHANNEL_INVALID("alert-channel-invalid",
            "@SlackAlert channel \"%s\" is invalid; write #name (lower-case letters, digits, '-' and '_') or a"
                    + " channel id such as C0123ABC"),
    ALERT_EMOJI_INVALID("alert-emoji-invalid",
            "emoji \"%s\" is invalid; write it as :name:, such as :hedgehog:"),
    ALERT_INTERVAL_INVALID("alert-interval-invalid",
            "@Trigger intervalSeconds %d is outside PostHog's range of 60 to 86400 seconds (24 hours)"),
    ALERT_THRESHOLD_INVALID("alert-threshold-invalid",
            "@Trigger threshold %d is invalid; use 0 for none or a count of at least 1"),
    ALERT_TRIGGER_OPTION_UNUSED("alert-trigger-option-unused",
            "@Trigger EVERY_TIME posts for every event and takes no %s; remove it or choose another"
                    + " TriggerMode"),
    ALERT_NAME_INVALID("alert-name-invalid",
            "@SlackAlert name \"%s\" is invalid: it must not be blank and must have at most 400 characters,"
                    + " PostHog's limit"),
    ALERT_KEY_INVALID("alert-key-invalid",
            "@SlackAlert key \"%s\" is invalid: use lower-case letters, digits, '-', '_' and '.', starting"
                    + " with a letter or digit, at most 100 characters%s"),
    ALERT_KEY_DUPLICATE("alert-key-duplicate",
            "@SlackAlert key \"%s\" is already used by an alert on %s; set a distinct key or name on one of"
                    + " them"),
    ALERT_MESSAGE_LIQUID("alert-message-liquid", "@SlackAlert message, at index %d: %s"),
    ALERT_MESSAGE_INVALID("alert-message-invalid", "@SlackAlert message, at index %d: %s"),
    ALERT_MESSAGE_ROOT_UNKNOWN("alert-message-root-unknown", "@SlackAlert message, at index %d: %s"),
    ALERT_MESSAGE_FIELD_UNKNOWN("alert-message-field-unknown", "@SlackAlert message, at index %d: %s"),
    ALERT_MESSAGE_PROPERTY_UNKNOWN("alert-message-property-unknown",
            "@SlackAlert message reads {event.properties.%s}, but %s has no such property; its properties"
                    + " are %s"),
    ;

    private final String tag;
    private final String template;

    Diagnostic(String tag, String template) {
        this.tag = tag;
        this.template = template;
    }

    /** Returns the stable tag, such as {@code event-name-blank}. */
    public String tag() {
        return tag;
    }

    /** Returns the message with its tag and the arguments filled in. */
    public String format(Object... args) {
        return "[" + tag + "] " + String.format(template, args);
    }
}
