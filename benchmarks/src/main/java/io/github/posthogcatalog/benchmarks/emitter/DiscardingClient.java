package io.github.posthogcatalog.benchmarks.emitter;

import com.posthog.FeatureFlagResult;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogFeatureFlagOptions;
import com.posthog.server.PostHogFeatureFlagResultOptions;
import com.posthog.server.PostHogInterface;
import java.util.Map;

/**
 * A PostHog client that keeps only the last capture and sends nothing, so that the emitter
 * benchmark measures the work up to the client's {@code capture} call. Keeping the options in a field
 * lets them escape, so the JIT cannot drop the work that built them.
 *
 * <p>Every method that the benchmark does not reach throws, so a path that strays shows at once.
 */
public final class DiscardingClient implements PostHogInterface {

    private String lastDistinctId;
    private String lastEvent;
    private PostHogCaptureOptions lastOptions;

    /** Returns the options of the last capture, or null before the first one. */
    public PostHogCaptureOptions lastOptions() {
        return lastOptions;
    }

    /** Returns the event name of the last capture, or null before the first one. */
    public String lastEvent() {
        return lastEvent;
    }

    /** Returns the distinct id of the last capture, or null before the first one. */
    public String lastDistinctId() {
        return lastDistinctId;
    }

    @Override
    public void capture(String distinctId, String event, PostHogCaptureOptions options) {
        lastDistinctId = distinctId;
        lastEvent = event;
        lastOptions = options;
    }

    @Override
    public void flush() {
        // Nothing is queued.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    @Override
    public <T extends PostHogConfig> void setup(T config) {
        throw unused();
    }

    @Override
    public void identify(String distinctId, Map<String, ?> userProperties, Map<String, ?> userPropertiesSetOnce) {
        throw unused();
    }

    @Override
    public void identify(String distinctId) {
        throw unused();
    }

    @Override
    public void identify(String distinctId, Map<String, ?> userProperties) {
        throw unused();
    }

    @Override
    public void debug(boolean enable) {
        throw unused();
    }

    @Override
    public void capture(String distinctId, String event) {
        throw unused();
    }

    @Override
    public boolean isFeatureEnabled(String distinctId, String key, boolean defaultValue,
            Map<String, String> groups, Map<String, ?> personProperties,
            Map<String, ? extends Map<String, ?>> groupProperties) {
        throw unused();
    }

    @Override
    public boolean isFeatureEnabled(String distinctId, String key) {
        throw unused();
    }

    @Override
    public boolean isFeatureEnabled(String distinctId, String key, boolean defaultValue) {
        throw unused();
    }

    @Override
    public boolean isFeatureEnabled(String distinctId, String key, PostHogFeatureFlagOptions options) {
        throw unused();
    }

    @Override
    public Object getFeatureFlag(String distinctId, String key, Object defaultValue, Map<String, String> groups,
            Map<String, ?> personProperties, Map<String, ? extends Map<String, ?>> groupProperties) {
        throw unused();
    }

    @Override
    public Object getFeatureFlag(String distinctId, String key) {
        throw unused();
    }

    @Override
    public Object getFeatureFlag(String distinctId, String key, PostHogFeatureFlagOptions options) {
        throw unused();
    }

    @Override
    public Object getFeatureFlag(String distinctId, String key, Object defaultValue) {
        throw unused();
    }

    @Override
    public Object getFeatureFlagPayload(String distinctId, String key, Object defaultValue,
            Map<String, String> groups, Map<String, ?> personProperties,
            Map<String, ? extends Map<String, ?>> groupProperties) {
        throw unused();
    }

    @Override
    public Object getFeatureFlagPayload(String distinctId, String key) {
        throw unused();
    }

    @Override
    public Object getFeatureFlagPayload(String distinctId, String key, PostHogFeatureFlagOptions options) {
        throw unused();
    }

    @Override
    public Object getFeatureFlagPayload(String distinctId, String key, Object defaultValue) {
        throw unused();
    }

    @Override
    public FeatureFlagResult getFeatureFlagResult(String distinctId, String key, Map<String, String> groups,
            Map<String, ?> personProperties, Map<String, ? extends Map<String, ?>> groupProperties,
            Boolean sendFeatureFlagEvent) {
        throw unused();
    }

    @Override
    public FeatureFlagResult getFeatureFlagResult(String distinctId, String key) {
        throw unused();
    }

    @Override
    public FeatureFlagResult getFeatureFlagResult(String distinctId, String key,
            PostHogFeatureFlagResultOptions options) {
        throw unused();
    }

    @Override
    public void group(String distinctId, String type, String key, Map<String, ?> groupProperties) {
        throw unused();
    }

    @Override
    public void group(String distinctId, String type, String key) {
        throw unused();
    }

    @Override
    public void alias(String distinctId, String alias) {
        throw unused();
    }

    @Override
    public void reloadFeatureFlags() {
        throw unused();
    }

    @Override
    public void captureException(Throwable throwable, String distinctId, Map<String, ?> properties) {
        throw unused();
    }

    @Override
    public void captureException(Throwable throwable, String distinctId) {
        throw unused();
    }

    @Override
    public void captureException(Throwable throwable, Map<String, ?> properties) {
        throw unused();
    }

    @Override
    public void captureException(Throwable throwable) {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("the emitter benchmark only captures events");
    }
}
