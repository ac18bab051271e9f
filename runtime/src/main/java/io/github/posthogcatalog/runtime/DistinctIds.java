package io.github.posthogcatalog.runtime;

/** Checks distinct ids before anything is sent. */
public final class DistinctIds {

    private DistinctIds() {}

    /**
     * Returns the distinct id if it is usable.
     *
     * @param distinctId the PostHog distinct id of the person or system that caused the event
     * @return the same distinct id
     * @throws IllegalArgumentException when it is null or blank, because PostHog's client would
     *     silently replace it with a random id, so the event would belong to no known person
     */
    public static String require(String distinctId) {
        if (distinctId == null || distinctId.isBlank()) {
            throw new IllegalArgumentException(
                    "distinct id is " + (distinctId == null ? "null" : "blank")
                            + ": pass the id of the user or system that caused the event; PostHog's"
                            + " client would otherwise attribute the event to a random anonymous person");
        }
        return distinctId;
    }
}
