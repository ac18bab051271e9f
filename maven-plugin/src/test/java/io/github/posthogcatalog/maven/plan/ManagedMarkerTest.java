package io.github.posthogcatalog.maven.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ManagedMarkerTest {

    @Test
    void appendsMarkerAfterBlankLine() {
        assertThat(ManagedMarker.append("A user signed in.", "auth-platform-login"))
                .isEqualTo("A user signed in.\n\n[posthog-catalog:key=auth-platform-login]");
    }

    @Test
    void emptyDescriptionIsMarkerOnly() {
        assertThat(ManagedMarker.append("", "k1")).isEqualTo("[posthog-catalog:key=k1]");
        assertThat(ManagedMarker.keyOf("[posthog-catalog:key=k1]")).contains("k1");
    }

    @Test
    void readsKeyBackAfterTrimming() {
        String stored = "  Text.\n\n[posthog-catalog:key=auth.login_v2]  \n";

        assertThat(ManagedMarker.keyOf(stored)).contains("auth.login_v2");
        assertThat(ManagedMarker.textOf(stored)).isEqualTo("Text.");
    }

    @Test
    void appendReplacesExistingMarker() {
        String once = ManagedMarker.append("Text.", "old-key");

        assertThat(ManagedMarker.append(once, "new-key")).isEqualTo("Text.\n\n[posthog-catalog:key=new-key]");
    }

    @Test
    void markerNotOnLastLineIsIgnored() {
        assertThat(ManagedMarker.keyOf("[posthog-catalog:key=k1]\nMore text.")).isEmpty();
    }

    @Test
    void malformedMarkersAreIgnored() {
        assertThat(ManagedMarker.keyOf("x\n[posthog-catalog:key=]")).isEmpty();
        assertThat(ManagedMarker.keyOf("x\n[posthog-catalog:key=a b]")).isEmpty();
        assertThat(ManagedMarker.keyOf("x\n [posthog-catalog:key=ab] extra")).isEmpty();
        assertThat(ManagedMarker.keyOf("x\n[posthog-catalog: key=ab]")).isEmpty();
        assertThat(ManagedMarker.keyOf("x\n[posthog-catalog:key=-ab]")).isEmpty();
        assertThat(ManagedMarker.keyOf(null)).isEmpty();
    }

    @Test
    void unmanagedTextIsReturnedStripped() {
        assertThat(ManagedMarker.textOf(" by hand \n")).isEqualTo("by hand");
    }

    @Test
    void rejectsKeysTheMarkerCannotHold() {
        assertThatThrownBy(() -> ManagedMarker.append("x", "has space"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'has space'");
        assertThat(ManagedMarker.isValidKey("a".repeat(201))).isFalse();
        assertThat(ManagedMarker.isValidKey("a".repeat(200))).isTrue();
    }
}
