package io.github.posthogcatalog.maven.plan;

/** The kinds of PostHog object that the catalog manages. */
public enum ObjectType {
    /** A PostHog Action, identified by an integer id. */
    ACTION("action"),
    /** A Slack destination: a hog function of type {@code destination}, identified by a UUID. */
    DESTINATION("destination");

    private final String label;

    ObjectType(String label) {
        this.label = label;
    }

    /** Returns the lower-case name used in printed plans and in {@code plan.json}. */
    public String label() {
        return label;
    }
}
