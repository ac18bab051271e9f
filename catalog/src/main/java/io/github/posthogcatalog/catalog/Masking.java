package io.github.posthogcatalog.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * PostHog's masking of a hog function ("trigger options"): after a run, further runs with the same
 * hash value are skipped for {@code ttl} seconds, or until {@code threshold} events have passed.
 *
 * @param ttl seconds, 60 to 86,400
 * @param hash a Hog template that keys the masking: {@code all}, {@code {person.id}} or
 *     {@code {concat(person.id, event.event)}}
 * @param threshold the number of events after which the mask lifts early, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Masking(int ttl, String hash, Integer threshold) {

    public Masking {
        Objects.requireNonNull(hash, "hash");
    }
}
