package io.github.posthogcatalog.maven.apply;

import java.util.List;

/**
 * Apply did not finish: the message says how many changes were applied, and lists each change that
 * failed (with PostHog's reason) and each that was not attempted. Running the sync again completes
 * the work, because created objects carry their marker and are found again.
 */
public final class ApplyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApplyResult result;

    /** @param result the outcomes, at least one of which is not applied */
    public ApplyException(ApplyResult result) {
        super(message(result));
        this.result = result;
    }

    /** Returns the outcome of every planned write. */
    public ApplyResult result() {
        return result;
    }

    private static String message(ApplyResult result) {
        List<Outcome> failed = result.withStatus(Outcome.Status.FAILED);
        List<Outcome> skipped = result.withStatus(Outcome.Status.NOT_ATTEMPTED);
        StringBuilder text = new StringBuilder();
        text.append("PostHog sync incomplete: ").append(result.appliedCount()).append(" of ")
                .append(result.outcomes().size()).append(" changes applied, ").append(failed.size())
                .append(" failed, ").append(skipped.size()).append(" not attempted.");
        for (Outcome outcome : failed) {
            text.append("\n  failed: ").append(outcome.change().kind().label()).append(' ')
                    .append(outcome.change().describe()).append(": ").append(outcome.message());
        }
        for (Outcome outcome : skipped) {
            text.append("\n  not attempted: ").append(outcome.change().kind().label()).append(' ')
                    .append(outcome.change().describe());
        }
        text.append("\nRun the sync again once the cause is fixed: objects already created carry their marker,"
                + " so the next run finds them and creates no duplicates.");
        return text.toString();
    }
}
