package io.github.posthogcatalog.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnchorsTest {

    @Test
    void plainNamesKeepTheirSpelling() {
        assertThat(Anchors.event("espi-message")).isEqualTo("event-espi-message");
        assertThat(Anchors.action("auth-platform-login")).isEqualTo("action-auth-platform-login");
        assertThat(Anchors.alert("platform-login-slack")).isEqualTo("alert-platform-login-slack");
        assertThat(Anchors.event("User_Signed_Up")).isEqualTo("event-User_Signed_Up");
    }

    @Test
    void otherCharactersAreEncoded() {
        assertThat(Anchors.event("$pageview")).isEqualTo("event-~24~pageview");
        assertThat(Anchors.event("a b")).isEqualTo("event-a~20~b");
        assertThat(Anchors.event("café")).isEqualTo("event-caf~E9~");
        assertThat(Anchors.event("\"><script>")).isEqualTo("event-~22~~3E~~3C~script~3E~");
    }

    @Test
    void encodedAnchorsUseOnlySafeCharacters() {
        for (String name : List.of(DocsFixtures.NASTY_EVENT, "a/b?c#d", "😀 emoji", "new\nline", "")) {
            assertThat(Anchors.event(name)).matches("[A-Za-z0-9_~-]+");
        }
    }

    @Test
    void distinctNamesGiveDistinctAnchors() {
        // Names that a lossy slug would fold together: case, separators and the escape character.
        List<String> names = List.of("a b", "a-b", "a_b", "A b", "a~20~b", "a.b", "a~2E~b", "ab", "a  b");
        Set<String> anchors = new HashSet<>();
        names.forEach(name -> anchors.add(Anchors.event(name)));
        assertThat(anchors).hasSameSizeAs(names);
    }

    @Test
    void propertyPathsJoinEncodedSegments() {
        assertThat(Anchors.property("espi-message", List.of("token_count")))
                .isEqualTo("property-espi-message.token_count");
        assertThat(Anchors.property("order", List.of("line_items", "[]", "sku")))
                .isEqualTo("property-order.line_items.~5B~~5D~.sku");
        assertThat(Anchors.property("a.b", List.of("c")))
                .isNotEqualTo(Anchors.property("a", List.of("b", "c")));
    }

    @Test
    void anchorDependsOnlyOnName() {
        assertThat(Anchors.event("espi-message")).isEqualTo(Anchors.event(new String("espi-message")));
        assertThat(Anchors.event("espi-message")).isNotEqualTo(Anchors.action("espi-message"));
    }
}
