package io.github.posthogcatalog.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.Masking;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the catalog that the processor writes for the Platform Ops example, byte for byte, and
 * checks the facts the example exists to show. After an intended change to the example or to the
 * processor, rerun it with {@code -Dgolden.update=true} to rewrite {@value #GOLDEN_FILE}, and
 * review the diff.
 */
class CatalogGoldenTest {

    /** The golden file, relative to the module folder, where Maven runs the tests. */
    private static final String GOLDEN_FILE = "src/test/resources/golden/catalog.json";

    /** Rewrites the golden file only, leaving the processor's golden files alone. */
    private static final String UPDATE_COMMAND = "./mvnw -pl catalog-example -am verify -Dtest=CatalogGoldenTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true";

    private static final String UPDATE_HINT = "the catalog differs from " + GOLDEN_FILE
            + "; if the change is intended, run " + UPDATE_COMMAND + " and review the diff of the golden file";

    private static byte[] written;
    private static Catalog catalog;

    @BeforeAll
    static void readCatalog() throws IOException {
        written = resource(Catalog.RESOURCE_PATH);
        catalog = CatalogJson.read(new String(written, StandardCharsets.UTF_8), Catalog.RESOURCE_PATH);
    }

    @Test
    void catalogMatchesGoldenFile() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.write(Path.of(GOLDEN_FILE), written);
        }
        Path goldenFile = Path.of(GOLDEN_FILE);
        if (!Files.exists(goldenFile)) {
            throw new AssertionError("missing " + GOLDEN_FILE + "; create it with " + UPDATE_COMMAND);
        }
        byte[] golden = Files.readAllBytes(goldenFile);

        // The text comparison shows a readable diff; the byte comparison also catches encoding changes.
        assertThat(new String(written, StandardCharsets.UTF_8)).as(UPDATE_HINT)
                .isEqualTo(new String(golden, StandardCharsets.UTF_8));
        assertThat(written).as(UPDATE_HINT).isEqualTo(golden);
    }

    @Test
    void fiveActionsByName() {
        assertThat(catalog.actions()).extracting(ActionDefinition::name).containsExactlyInAnyOrder(
                "Auth: Platform Login",
                "User Task: Create Task",
                "ESPi: New Message",
                "Portfolio: Map Capabilities",
                "Agent Task: Start Task");
    }

    @Test
    void loginActionMatchesLoginButton() {
        ActionDefinition login = action("Auth: Platform Login");

        assertThat(login.steps()).extracting(ActionStep::event).contains("$autocapture");
        ActionStep click = login.steps().stream().filter(step -> step.event().equals("$autocapture"))
                .findFirst().orElseThrow();
        assertThat(click.selector()).isEqualTo("button[data-attr=\"login\"]");
    }

    @Test
    void everyAlertPostsToOpsProduction() {
        assertThat(catalog.destinations()).hasSize(5);
        assertThat(catalog.destinations()).extracting(DestinationDefinition::channel)
                .containsOnly("#ops-production");
        assertThat(catalog.destinations()).extracting(DestinationDefinition::botName)
                .containsOnly("PostHog: Platform Ops");
    }

    @Test
    void espiAlertOncePerPersonPerDay() {
        String espiAction = action("ESPi: New Message").key();
        DestinationDefinition espi = catalog.destinations().stream()
                .filter(destination -> destination.filters().actions().contains(espiAction))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no alert watches the Action " + espiAction));

        Masking masking = espi.masking();
        assertThat(masking).isNotNull();
        assertThat(masking.hash()).isEqualTo("{person.id}");
        assertThat(masking.ttl()).isEqualTo(86_400);
    }

    private static ActionDefinition action(String name) {
        return catalog.actions().stream().filter(action -> action.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Action named " + name));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CatalogGoldenTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("missing resource " + name + " on the test class path: the processor"
                        + " wrote no catalog, so check the compiler output of catalog-example");
            }
            return in.readAllBytes();
        }
    }
}
