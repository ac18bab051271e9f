package io.github.posthogcatalog.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One step of an Action, with PostHog's own field names and values so that it can be sent as it
 * is. A null field does not take part in matching. The {@code *_matching} fields are
 * {@code exact}, {@code contains} or {@code regex}.
 *
 * @param event the event name, or null for any event
 * @param properties property filters, AND-ed
 * @param selector a CSS selector that the autocaptured element must match
 * @param tagName the autocaptured element's tag name
 * @param text the element's text
 * @param textMatching how {@code text} is compared; PostHog treats null as {@code exact}
 * @param href the element's link target
 * @param hrefMatching how {@code href} is compared; PostHog treats null as {@code exact}
 * @param url the page URL
 * @param urlMatching how {@code url} is compared; PostHog fills in {@code contains} when null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionStep(
        String event,
        List<PropertyFilter> properties,
        String selector,
        @JsonProperty("tag_name") String tagName,
        String text,
        @JsonProperty("text_matching") String textMatching,
        String href,
        @JsonProperty("href_matching") String hrefMatching,
        String url,
        @JsonProperty("url_matching") String urlMatching) {

    public ActionStep {
        properties = List.copyOf(Objects.requireNonNullElse(properties, List.of()));
    }
}
