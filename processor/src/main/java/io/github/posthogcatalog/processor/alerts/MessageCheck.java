package io.github.posthogcatalog.processor.alerts;

import io.github.posthogcatalog.processor.actions.AnnotationValues;
import io.github.posthogcatalog.processor.actions.StepEvent;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Reporter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Checks an alert's message: its Hog template syntax, and that every {@code event.properties.X} it
 * reads is a property of each event the alert can fire for.
 */
final class MessageCheck {

    private final Reporter reporter;

    MessageCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Returns whether the message is valid, after reporting each mistake on {@code message}. */
    boolean check(TypeElement type, AnnotationValues alert, List<StepEvent> watched) {
        HogTemplate template = HogTemplate.parse(alert.string("message"));
        for (TemplateProblem problem : template.problems()) {
            reporter.error(type, alert.mirror(), alert.value("message"), diagnostic(problem.kind()),
                    problem.position(), problem.detail());
        }
        boolean valid = template.problems().isEmpty();

        Set<String> properties = new LinkedHashSet<>();
        template.placeholders().forEach(placeholder -> properties.addAll(placeholder.eventProperties()));
        for (String property : properties) {
            for (StepEvent event : watched) {
                if (!event.carries(property)) {
                    reporter.error(type, alert.mirror(), alert.value("message"),
                            Diagnostic.ALERT_MESSAGE_PROPERTY_UNKNOWN, property, event.describe(), event.propertyNames());
                    valid = false;
                }
            }
        }
        return valid;
    }

    private static Diagnostic diagnostic(TemplateProblem.Kind kind) {
        return switch (kind) {
            case LIQUID -> Diagnostic.ALERT_MESSAGE_LIQUID;
            case SYNTAX -> Diagnostic.ALERT_MESSAGE_INVALID;
            case UNKNOWN_ROOT -> Diagnostic.ALERT_MESSAGE_ROOT_UNKNOWN;
            case UNKNOWN_FIELD -> Diagnostic.ALERT_MESSAGE_FIELD_UNKNOWN;
        };
    }
}
