package io.github.posthogcatalog.example.events;

import io.github.posthogcatalog.annotations.Action;
import io.github.posthogcatalog.annotations.Event;
import io.github.posthogcatalog.annotations.Group;
import io.github.posthogcatalog.annotations.SlackAlert;
import io.github.posthogcatalog.annotations.WireValue;
import java.util.List;

/**
 * A user asked for the capabilities of a portfolio to be mapped to ESP capabilities.
 *
 * @param organizationId the organization that owns the portfolio
 * @param portfolioId the portfolio whose capabilities are mapped
 * @param capabilityCount how many capabilities the request covers
 * @param source how the capabilities were supplied
 * @param frameworks the capability frameworks the mapping targets
 */
@Event(name = "esp-capability-mapping-requested", owner = "portfolio-team", tags = {"portfolio"})
@Action(name = "Portfolio: Map Capabilities", tags = {"portfolio"})
@SlackAlert(
        channel = "#ops-production",
        name = "Portfolio: capability mapping requested",
        emoji = ":world_map:",
        message = "{person.name} asked to map {event.properties.capability_count} capabilities"
                + " of portfolio {event.properties.portfolio_id} ({event.properties.source})")
public record CapabilityMappingRequested(
        @Group("organization") String organizationId,
        String portfolioId,
        int capabilityCount,
        Source source,
        List<String> frameworks) {

    /** The origin of the capabilities in a mapping request. */
    public enum Source {
        @WireValue("manual")
        MANUAL,
        @WireValue("import")
        IMPORT,
        @WireValue("ai-suggested")
        AI_SUGGESTED
    }
}
