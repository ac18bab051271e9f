package io.github.posthogcatalog.processor.validation;

import io.github.posthogcatalog.processor.diagnostics.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The state of validating one event declaration: the errors found so far, whether a type is still
 * missing, and the records being expanded (to catch records that contain themselves).
 */
final class Scan {

    final List<Finding> findings = new ArrayList<>();
    final Deque<String> recordsInProgress = new ArrayDeque<>();
    /** The qualified name or text of a type that javac could not resolve yet, or null. */
    String missingType;
    /** Whether the declaration uses a nested record or enum whose errors were reported earlier. */
    boolean usesInvalidType;

    boolean failed() {
        return !findings.isEmpty() || missingType != null || usesInvalidType;
    }
}
