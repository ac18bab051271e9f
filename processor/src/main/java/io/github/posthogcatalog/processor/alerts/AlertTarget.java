package io.github.posthogcatalog.processor.alerts;

import io.github.posthogcatalog.catalog.DestinationFilters;
import io.github.posthogcatalog.catalog.PropertyDefinition;
import io.github.posthogcatalog.processor.actions.StepEvent;
import java.util.List;

/**
 * The event or Action an alert watches.
 *
 * @param label what is shown as triggered: the Action's name or the event's wire name
 * @param filters the destination's filters: one event or one Action key
 * @param events every event the alert can fire for, to check message placeholders against
 * @param properties the properties of the one event watched, for the default message; empty when
 *     an Action matches several events
 */
record AlertTarget(String label, DestinationFilters filters, List<StepEvent> events,
        List<PropertyDefinition> properties) {}
