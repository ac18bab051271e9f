package io.github.posthogcatalog.processor.actions;

import java.util.Set;

/**
 * PostHog's own events and the PostHog properties they carry, as far as Action steps and Slack
 * messages may name them without declaring them in the catalog.
 *
 * <p>The lists follow PostHog's taxonomy ({@code posthog/taxonomy/taxonomy.py}, the "events" group
 * and the common event properties) as of 2026, restricted to events that the SDKs or PostHog itself
 * send. They are deliberately closed: a step naming {@code $pageveiw} should fail to compile, not
 * create an Action that never matches.
 */
public final class PostHogTaxonomy {

    // NOTE: PostHog adds events over time. A missing one shows up as an "unknown event" error,
    // which the user can only silence by declaring it in a catalog, so extend this list then.
    private static final Set<String> EVENTS = Set.of(
            "$pageview", "$pageleave", "$autocapture", "$copy_autocapture", "$screen",
            "$identify", "$create_alias", "$merge_dangerously", "$groupidentify", "$set",
            "$opt_in", "$rageclick", "$dead_click", "$exception", "$web_vitals",
            "$feature_flag_called", "$feature_view", "$feature_interaction",
            "$feature_enrollment_update", "$element_viewed", "$csp_violation",
            "$ai_generation", "$ai_trace", "$ai_span", "$ai_embedding", "$ai_metric",
            "$ai_feedback", "$ai_evaluation",
            // posthog-js sends survey events without the $ prefix.
            "survey shown", "survey sent", "survey dismissed",
            // The mobile SDKs' lifecycle events.
            "Application opened", "Application backgrounded", "Application updated",
            "Application installed", "Application became active", "Deep link opened");

    private static final Set<String> PROPERTIES = Set.of(
            // Page and screen.
            "$current_url", "$host", "$pathname", "$title", "$referrer", "$referring_domain",
            "$screen_name", "$prev_pageview_pathname", "$prev_pageview_duration",
            // Autocapture.
            "$event_type", "$el_text", "$elements_chain", "$ce_version",
            // Device, browser and app.
            "$browser", "$browser_version", "$browser_language", "$os", "$os_name",
            "$os_version", "$device_type", "$device_id", "$device_manufacturer",
            "$device_model", "$raw_user_agent", "$screen_height", "$screen_width",
            "$viewport_height", "$viewport_width", "$timezone", "$app_name", "$app_version",
            "$app_build", "$app_namespace", "$lib", "$lib_version",
            // Session and identity.
            "$session_id", "$window_id", "$pageview_id", "$anon_distinct_id", "$user_id",
            "$is_identified", "$ip", "$insert_id",
            // GeoIP enrichment.
            "$geoip_country_code", "$geoip_country_name", "$geoip_city_name",
            "$geoip_subdivision_1_code", "$geoip_subdivision_1_name", "$geoip_continent_code",
            "$geoip_postal_code", "$geoip_time_zone",
            // Feature flags.
            "$feature_flag", "$feature_flag_response", "$active_feature_flags",
            // Person and group updates.
            "$set", "$set_once", "$unset", "$group_type", "$group_key", "$group_set",
            "$groups",
            // Exceptions.
            "$exception_list", "$exception_types", "$exception_values", "$exception_sources",
            "$exception_fingerprint", "$exception_issue_id", "$exception_level",
            // Web vitals.
            "$web_vitals_LCP_value", "$web_vitals_CLS_value", "$web_vitals_INP_value",
            "$web_vitals_FCP_value",
            // Surveys.
            "$survey_id", "$survey_name", "$survey_response", "$survey_iteration",
            // Rage and dead clicks.
            "$dead_click_scroll_delay_ms", "$dead_click_selection_changed_delay_ms");

    private PostHogTaxonomy() {}

    /** Returns whether PostHog or its SDKs send an event with this exact name. */
    public static boolean isPostHogEvent(String name) {
        return EVENTS.contains(name);
    }

    /** Returns whether {@code name} is one of PostHog's own event properties. */
    public static boolean isPostHogProperty(String name) {
        return PROPERTIES.contains(name);
    }

    /** Returns PostHog's own events, for "did you mean" hints. */
    public static Set<String> events() {
        return EVENTS;
    }
}
