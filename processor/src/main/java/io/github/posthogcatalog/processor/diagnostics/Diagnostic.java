package io.github.posthogcatalog.processor.diagnostics;

/**
 * Every message the processor reports. Each has a stable tag, shown in brackets at the start of the
 * message, so that users can search for it and tests can pin it. Messages state the rule and the
 * fix; {@code %s} placeholders are filled by {@link #format(Object...)}.
 */
public enum Diagnostic {

    // --- Events and properties -------------------------------------------------------------------

    // --- Actions and Slack alerts ----------------------------------------------------------------
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
