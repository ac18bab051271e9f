package io.github.posthogcatalog.annotations;

/** Whose property a {@link Where} filter reads; maps to PostHog's filter {@code type}. */
public enum PropertyScope {

    /**
     * A property of the event itself ({@code event}). The processor checks the key and the
     * operator against the properties that the step's event declares.
     */
    EVENT,

    /**
     * A property of the person who sent the event ({@code person}). Person properties are not part
     * of the catalog, so the key is not checked.
     */
    PERSON
}
