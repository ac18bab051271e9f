package io.github.posthogcatalog.maven.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.maven.api.SlackChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelResolverTest {

    private static final ChannelResolver CHANNELS = ChannelResolver.of(List.of(
            new SlackChannel("C0000OPS", "ops-production", false, true),
            new SlackChannel("C0000OUT", "outside", false, false),
            new SlackChannel("G0000SEC", "security", true, true)), 5);

    @Test
    void resolvesByNameWithOrWithoutHash() {
        assertThat(CHANNELS.resolve("#ops-production", "d").channelId()).isEqualTo("C0000OPS");
        assertThat(CHANNELS.resolve("Ops-Production", "d").channelId()).isEqualTo("C0000OPS");
        assertThat(CHANNELS.resolve("#security", "d").channelId()).isEqualTo("G0000SEC");
    }

    @Test
    void resolvesById() {
        assertThat(CHANNELS.resolve("G0000SEC", "d").channelId()).isEqualTo("G0000SEC");
    }

    @Test
    void missingChannelSaysToInviteApp() {
        ChannelResolver.Resolution resolution = CHANNELS.resolve("#nowhere", "Login alert");

        assertThat(resolution.channelId()).isNull();
        assertThat(resolution.error()).contains("#nowhere", "'Login alert'", "not found", "/invite @PostHog");
    }

    @Test
    void nonMemberChannelSaysToInviteApp() {
        ChannelResolver.Resolution resolution = CHANNELS.resolve("#outside", "Login alert");

        assertThat(resolution.error()).contains("not a member", "C0000OUT", "Invite the PostHog app");
    }

    @Test
    void builderReportsEveryChannelFaultAtOnce() {
        Catalog catalog = new Catalog(1, "t", List.of(), List.of(), List.of(
                Fixtures.destination("a", "#nowhere", List.of("x"), List.of()),
                Fixtures.destination("b", "#outside", List.of("x"), List.of()),
                Fixtures.destination("c", "#ops-production", List.of("x"), List.of())));

        assertThatThrownBy(() -> DesiredStateBuilder.build(catalog, CHANNELS, 5L))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("#nowhere")
                .hasMessageContaining("#outside")
                .hasMessageNotContaining("#ops-production");
    }

    @Test
    void builderRejectsUnknownActionKey() {
        Catalog catalog = new Catalog(1, "t", List.of(), List.of(), List.of(
                Fixtures.destination("a", "#ops-production", List.of(), List.of("no-such-action"))));

        assertThatThrownBy(() -> DesiredStateBuilder.build(catalog, CHANNELS, 5L))
                .hasMessageContaining("'no-such-action'");
    }

    @Test
    void builderRejectsDuplicateActionNames() {
        Catalog catalog = new Catalog(1, "t", List.of(), List.of(
                Fixtures.action("a", "Same", "x"), Fixtures.action("b", "Same", "y")), List.of());

        assertThatThrownBy(() -> DesiredStateBuilder.build(catalog, null, null))
                .hasMessageContaining("same name 'Same'");
    }
}
