package io.github.posthogcatalog.processor.diagnostics;

/**
 * Every message the processor reports. Each has a stable tag, shown in brackets at the start of the
 * message, so that users can search for it and tests can pin it. Messages state the rule and the
 * fix; {@code %s} placeholders are filled by {@link #format(Object...)}.
 */
public enum Diagnostic {

    // --- Events and properties -------------------------------------------------------------------

    EVENT_KIND("event-kind",
            "@Event goes on a record or an interface, not on %s %s: declare the event as a record"
                    + " whose components are its properties"),
    EVENT_NOT_STATIC("event-not-static",
            "@Event type %s is an inner class or a local type: declare it top-level or as a static"
                    + " nested type, because generated emitters must name it from another class"),
    EVENT_SEALED("event-sealed",
            "@Event goes on each record that a sealed interface permits, not on the sealed interface %s:"
                    + " move @Event to %s"),
    EVENT_GENERIC("event-generic",
            "@Event type %s declares type parameters: remove them, because an event's properties need"
                    + " concrete types"),
    EVENT_NOT_ACCESSIBLE("event-not-accessible",
            "@Event type %s is not public and not in the catalog package %s: make it public so that"
                    + " the generated entry class can use it"),
    EVENT_NAME_BLANK("event-name-blank",
            "@Event name is blank: set the event's wire name, for example @Event(name = \"user-signed-up\")"),
    EVENT_NAME_TOO_LONG("event-name-too-long",
            "@Event name is %d characters long: PostHog accepts at most %d, so shorten it"),
    EVENT_NAME_RESERVED("event-name-reserved",
            "@Event name \"%s\" starts with $, the prefix of PostHog's own events: remove the $"),
    EVENT_NAME_CONVENTION("event-name-convention",
            "@Event name \"%s\" is not %s as the catalog's eventNaming requires: rename it, for"
                    + " example to \"%s\""),
    EVENT_NAME_DUPLICATE("event-name-duplicate",
            "@Event name \"%s\" is used by both %s and %s: give each event its own name"),
    EVENT_IDENTIFIER_CLASH("event-identifier-clash",
            "@Event name \"%s\" of %s and \"%s\" of %s give the same generated names (%s) once"
                    + " punctuation and case are dropped: rename one of the events"),
    EVENT_METHOD_NOT_ACCESSOR("event-method-not-accessor",
            "abstract method %s of @Event interface %s is not a property accessor: properties take no"
                    + " parameters and return a value; make it a default method or remove it"),
    PROPERTY_NAME_BLANK("property-name-blank",
            "@Property name is blank: leave name out to derive it from the Java name, or set a"
                    + " non-blank wire name"),
    PROPERTY_NAME_TOO_LONG("property-name-too-long",
            "property name \"%s\" is %d characters long: at most %d are allowed, so shorten it"),
    PROPERTY_NAME_RESERVED("property-name-reserved",
            "property name \"%s\" starts with $, the prefix of PostHog's own properties: remove the $"),
    PROPERTY_NAME_CONVENTION("property-name-convention",
            "property name \"%s\" is not %s as the catalog's propertyNaming requires: rename it, for"
                    + " example to \"%s\""),
    PROPERTY_NAME_DUPLICATE("property-name-duplicate",
            "property name \"%s\" of %s is the same as \"%s\" of %s once case, spaces, hyphens and"
                    + " underscores are ignored: give one of them another name with @Property(name = ...)"),
    PROPERTY_TYPE_UNSUPPORTED("property-type-unsupported",
            "property %s has type %s, which has no PostHog wire form: use String, boolean, a number type,"
                    + " BigDecimal, BigInteger, an enum, UUID, Instant, OffsetDateTime, ZonedDateTime,"
                    + " LocalDate, Duration, a record, List or Set of those, or Map<String, T>"),
    PROPERTY_TYPE_RECURSIVE("property-type-recursive",
            "property %s refers back to record %s: nested records must not contain themselves, because"
                    + " the JSON schema of the event would be infinite"),
    PROPERTY_NULLABLE_PRIMITIVE("property-nullable-primitive",
            "property %s is a primitive %s marked @Nullable, which can never be null: use %s or an"
                    + " Optional type to make it optional, or remove @Nullable"),
    ENUM_WIRE_VALUE_INVALID("enum-wire-value-invalid",
            "@WireValue \"%s\" of %s is %s: give each constant a non-blank value that no other"
                    + " constant of the enum uses"),
    TIMESTAMP_TYPE("timestamp-type",
            "@Timestamp %s has type %s: use Instant, OffsetDateTime or ZonedDateTime"),
    TIMESTAMP_DUPLICATE("timestamp-duplicate",
            "@Timestamp is on both %s and %s: an event has one timestamp, so keep one"),
    GROUP_TYPE("group-type",
            "@Group %s has type %s: a group key is a String"),
    GROUP_NAME_BLANK("group-name-blank",
            "@Group on %s has a blank group type: set the type as configured in PostHog, for example"
                    + " @Group(\"company\")"),
    GROUP_DUPLICATE("group-duplicate",
            "@Group(\"%s\") is on both %s and %s: an event carries one key per group type"),
    TIMESTAMP_GROUP_BOTH("timestamp-group-both",
            "%s carries both @Timestamp and @Group: keep one, because a value is either the event's"
                    + " time or a group key"),
    CATALOG_DUPLICATE("catalog-duplicate",
            "@Catalog is on both package %s and package %s: a module has one catalog, so remove one"),
    CATALOG_NAME_INVALID("catalog-name-invalid",
            "@Catalog name \"%s\" is invalid: use 1 to %d letters, digits, - and _, starting with a"
                    + " letter, for example \"platform-ops\""),
    EVENT_AFTER_ENTRY_CLASS("event-after-entry-class",
            "@Event %s appeared in a processing round after the entry class %s was written: generate"
                    + " it in the same round as the other events or declare it in source"),
    EMITTERS_TOO_MANY("emitters-too-many",
            "package %s declares %d events whose emitters need about %d constant-pool entries, more"
                    + " than the %d one class file can take: move some of the events to another package"),
    GENERATION_FAILED("generation-failed",
            "could not write %s: %s; rename or remove the type of that name, or rename the catalog"),
    CATALOG_WRITE_FAILED("catalog-write-failed",
            "could not write %s: %s; check that the class output folder is writable"),
    PROCESSOR_FAILED("processor-failed",
            "the posthog-catalog processor failed on this element with %s: this is a bug in the"
                    + " processor, please report it with the declaration that triggers it"),
    TIMING("timing",
            "posthog-catalog processor took %d ms: validation %d ms, generation %d ms, actions and alerts %d ms,"
                    + " catalog %d ms"),

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
            "@Step eventName \"%s\" is neither an event of this catalog nor one of PostHog's own events;"
                    + " name an event of another module by its class, with event = TheEvent.class%s"),
    ACTION_STEP_EVENT_UNREADABLE("action-step-event-unreadable",
            "@Step event %s is an @Event type of another compilation, but it cannot be read as an event: %s;"
                    + " compile it with this version of posthog-catalog, or name the event with eventName"),
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
