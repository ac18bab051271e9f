package io.github.posthogcatalog.processor.alerts;

import io.github.posthogcatalog.processor.actions.AnnotationValues;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Reporter;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Checks an alert's {@code @Trigger} against the ranges PostHog's masking accepts. */
final class TriggerCheck {

    private final Elements elements;
    private final Reporter reporter;

    TriggerCheck(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    /** Returns the trigger option, or empty after reporting what is wrong. */
    Optional<TriggerOption> check(TypeElement type, AnnotationValues alert) {
        AnnotationMirror mirror = alert.annotation("trigger");
        AnnotationValues trigger = AnnotationValues.of(mirror, elements);
        TriggerOption option = TriggerOption.forMode(trigger.enumConstant("value"));
        int interval = trigger.integer("intervalSeconds");
        int threshold = trigger.integer("threshold");

        if (option == TriggerOption.EVERY_TIME) {
            return unusedOptions(type, trigger) ? Optional.of(option) : Optional.empty();
        }
        boolean valid = true;
        if (interval < TriggerOption.MIN_INTERVAL_SECONDS || interval > TriggerOption.MAX_INTERVAL_SECONDS) {
            reporter.error(type, mirror, trigger.value("intervalSeconds"), Diagnostic.ALERT_INTERVAL_INVALID, interval);
            valid = false;
        }
        if (threshold < 0) {
            reporter.error(type, mirror, trigger.value("threshold"), Diagnostic.ALERT_THRESHOLD_INVALID, threshold);
            valid = false;
        }
        return valid ? Optional.of(option) : Optional.empty();
    }

    /** Returns whether EVERY_TIME is written without an interval or threshold, which it would ignore. */
    private boolean unusedOptions(TypeElement type, AnnotationValues trigger) {
        boolean valid = true;
        for (String attribute : new String[] {"intervalSeconds", "threshold"}) {
            if (trigger.isWritten(attribute)) {
                reporter.error(type, trigger.mirror(), trigger.value(attribute), Diagnostic.ALERT_TRIGGER_OPTION_UNUSED,
                        attribute);
                valid = false;
            }
        }
        return valid;
    }
}
