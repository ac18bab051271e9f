package io.github.posthogcatalog.maven.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ManagedMarkerTest {

    @Test
    void appendsMarkerAfterBlankLine() {
        assertThat(ManagedMarker.append("A user signed in.", "auth-platform-login", "platform-ops"))
                .isEqualTo("A user signed in.\n\n[posthog-catalog:key=auth-platform-login;catalog=platform-ops]");
    }

    @Test
    void emptyDescriptionIsMarkerOnly() {
        assertThat(ManagedMarker.append("", "k1", "c")).isEqualTo("[posthog-catalog:key=k1;catalog=c]");
        assertThat(ManagedMarker.keyOf("[posthog-catalog:key=k1;catalog=c]")).contains("k1");
    }

    @Test
    void readsKeyAndCatalogBackAfterTrimming() {
        String stored = "  Text.\n\n[posthog-catalog:key=auth.login_v2;catalog=platform-ops]  \n";

        assertThat(ManagedMarker.parse(stored)).contains(new ManagedMarker.Marker("auth.login_v2", "platform-ops"));
        assertThat(ManagedMarker.textOf(stored)).isEqualTo("Text.");
    }

    @Test
    void catalogNameRoundTripsThroughEncoding() {
        String name = "Platform Ops; ünï]";

        String description = ManagedMarker.append("Text.", "k1", name);

        assertThat(description).endsWith("[posthog-catalog:key=k1;catalog=Platform%20Ops%3B%20%C3%BCn%C3%AF%5D]");
        assertThat(ManagedMarker.parse(description).map(ManagedMarker.Marker::catalog)).contains(name);
    }

    @Test
    void olderMarkerWithoutCatalogIsManaged() {
        String stored = "Text.\n\n[posthog-catalog:key=auth-login]";

        assertThat(ManagedMarker.parse(stored)).contains(new ManagedMarker.Marker("auth-login", null));
        assertThat(ManagedMarker.parse(stored).orElseThrow().hasCatalog()).isFalse();
        assertThat(ManagedMarker.textOf(stored)).isEqualTo("Text.");
    }

    @Test
    void appendReplacesExistingMarker() {
        String once = ManagedMarker.append("Text.", "old-key", "a");
        String legacy = "Text.\n\n[posthog-catalog:key=old-key]";

        assertThat(ManagedMarker.append(once, "new-key", "b")).isEqualTo("Text.\n\n[posthog-catalog:key=new-key;catalog=b]");
        assertThat(ManagedMarker.append(legacy, "old-key", "b")).isEqualTo("Text.\n\n[posthog-catalog:key=old-key;catalog=b]");
    }

    @Test
    void markerNotOnLastLineIsIgnored() {
        assertThat(ManagedMarker.keyOf("[posthog-catalog:key=k1;catalog=c]\nMore text.")).isEmpty();
    }

    @Test
    void malformedMarkersAreIgnored() {
        assertThat(ManagedMarker.keyOf("x\n[posthog-catalog:key=]")).isEmpty();
        assertThat(ManagedMarker.keyOf("x\n[posthog-catalog:key=a b]")).isEmpty();
        assertThat(ManagedMarker.keyOf("x\n [posthog-catalog:key=ab] extra")).isEmpty();
        assertThat(ManagedMarker.keyOf("x\n[posthog-catalog: key=ab]")).isEmpty();
        assertThat(ManagedMarker.keyOf("x\n[posthog-catalog:key=-ab]")).isEmpty();
        assertThat(ManagedMarker.keyOf("x\n[posthog-catalog:key=ab;catalog=]")).isEmpty();
        assertThat(ManagedMarker.keyOf("x\n[posthog-catalog:key=ab;catalog=a b]")).isEmpty();
        assertThat(ManagedMarker.keyOf("x\n[posthog-catalog:key=ab;catalog=%G1]")).isEmpty();
        assertThat(ManagedMarker.keyOf("x\n[posthog-catalog:key=ab;owner=c]")).isEmpty();
        assertThat(ManagedMarker.keyOf(null)).isEmpty();
    }

    @Test
    void unmanagedTextIsReturnedStripped() {
        assertThat(ManagedMarker.textOf(" by hand \n")).isEqualTo("by hand");
    }

    @Test
    void rejectsKeysTheMarkerCannotHold() {
        assertThatThrownBy(() -> ManagedMarker.append("x", "has space", "c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'has space'");
        assertThat(ManagedMarker.isValidKey("a".repeat(201))).isFalse();
        assertThat(ManagedMarker.isValidKey("a".repeat(200))).isTrue();
    }

    @Test
    void rejectsCatalogNamesTheMarkerCannotHold() {
        assertThatThrownBy(() -> ManagedMarker.append("x", "k1", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid catalog name");
        assertThat(ManagedMarker.isValidCatalog("c".repeat(201))).isFalse();
        assertThat(ManagedMarker.isValidCatalog("c".repeat(200))).isTrue();
        assertThat(ManagedMarker.isValidCatalog(null)).isFalse();
    }
}
