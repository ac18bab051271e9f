package io.github.posthogcatalog.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.posthogcatalog.catalog.ActionDefinition;
import io.github.posthogcatalog.catalog.ActionStep;
import io.github.posthogcatalog.catalog.Catalog;
import io.github.posthogcatalog.catalog.CatalogJson;
import io.github.posthogcatalog.catalog.DestinationDefinition;
import io.github.posthogcatalog.catalog.Masking;
import io.github.posthogcatalog.catalog.PropertyFilter;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A catalog with events, Actions and Slack alerts, compiled under {@code -Xlint:all -Werror}: the
 * Actions and destinations of the written catalog, read back through the catalog's schema check.
 */
class ActionCatalogTest {

    private static Catalog catalog;

    @BeforeAll
    static void compile() {
        Compilation compilation = Compilations.compileStrict(
                Compilations.source("com.acme.ops.package-info",
                        "@io.github.posthogcatalog.annotations.Catalog(name = \"platform-ops\",",
                        "    slackBotName = \"PostHog: Platform Ops\", slackEmoji = \":satellite:\")",
                        "package com.acme.ops;"),
                Compilations.source("com.acme.ops.Login",
                        "package com.acme.ops;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "/** A user signed in. */",
                        "@Event(name = \"platform-login\")",
                        "public record Login(Method method, boolean newDevice) {",
                        "  public enum Method { PASSWORD, SSO }",
                        "}"),
                Compilations.source("com.acme.ops.EspiMessage",
                        "package com.acme.ops;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "/** A user sent a message to ESPi. */",
                        "@Event(name = \"espi-message\")",
                        "@Action(name = \"ESPi: New Message\")",
                        "@SlackAlert(channel = \"#ops-production\", emoji = \":speech_balloon:\",",
                        "    trigger = @Trigger(value = TriggerMode.ONCE_PER_PERSON, intervalSeconds = 86_400))",
                        "public record EspiMessage(String conversationId, int tokenCount) {}"),
                Compilations.source("com.acme.ops.AuthActions",
                        "package com.acme.ops;",
                        "import io.github.posthogcatalog.annotations.*;",
                        "/** Sign-ins by SSO, from the backend or the login button. */",
                        "@Action(name = \"Auth: SSO Login\", key = \"auth-sso-login\", tags = \"Auth\", steps = {",
                        "    @Step(event = Login.class, properties = {",
                        "        @Where(key = \"method\", value = \"SSO\"),",
                        "        @Where(key = \"new_device\", value = \"true\")}),",
                        "    @Step(eventName = \"$autocapture\", selector = \"button[data-attr=\\\"login\\\"]\",",
                        "        url = \"/login\", properties = @Where(key = \"$browser\", value = \"Chrome\"))})",
                        "@SlackAlert(channel = \"#ops-production\", name = \"Auth: SSO logins\",",
                        "    message = \"{person.name} signed in\",",
                        "    trigger = @Trigger(value = TriggerMode.ONCE_PER_INTERVAL, intervalSeconds = 3_600))",
                        "public interface AuthActions {}"));
        assertThat(compilation).succeededWithoutWarnings();
        catalog = CatalogJson.read(Compilations.catalogJson(compilation), "test catalog");
    }

    @Test
    void actionsSortedByKey() {
        assertThat(catalog.actions()).extracting(ActionDefinition::key)
                .containsExactly("auth-sso-login", "espi-new-message");
    }

    @Test
    void actionOnEventHasOneStep() {
        ActionDefinition espi = action("espi-new-message");

        assertThat(espi.name()).isEqualTo("ESPi: New Message");
        assertThat(espi.description()).isEqualTo("A user sent a message to ESPi.");
        assertThat(espi.javaType()).isEqualTo("com.acme.ops.EspiMessage");
        assertThat(espi.steps()).extracting(ActionStep::event).containsExactly("espi-message");
    }

    @Test
    void eventStepCarriesTypedFilters() {
        ActionStep login = action("auth-sso-login").steps().get(0);

        assertThat(login.event()).isEqualTo("platform-login");
        assertThat(login.properties()).extracting(PropertyFilter::key).containsExactly("method", "new_device");
        assertThat(login.properties().get(0).value().toString()).isEqualTo("[\"SSO\"]");
        // The collector keeps filter values as the strings written, booleans included.
        assertThat(login.properties().get(1).value().toString()).isEqualTo("[\"true\"]");
    }

    @Test
    void autocaptureStepCarriesElementMatch() {
        ActionDefinition auth = action("auth-sso-login");
        ActionStep click = auth.steps().get(1);

        assertThat(auth.tags()).containsExactly("auth");
        assertThat(click.event()).isEqualTo("$autocapture");
        assertThat(click.selector()).isEqualTo("button[data-attr=\"login\"]");
        assertThat(click.url()).isEqualTo("/login");
        assertThat(click.urlMatching()).isEqualTo("contains");
        assertThat(click.properties()).extracting(PropertyFilter::key).containsExactly("$browser");
    }

    @Test
    void destinationsUseCatalogDefaults() {
        assertThat(catalog.destinations()).extracting(DestinationDefinition::key)
                .containsExactly("auth-sso-logins", "espi-new-message-to-ops-production");
        assertThat(catalog.destinations()).extracting(DestinationDefinition::botName)
                .containsOnly("PostHog: Platform Ops");
        assertThat(destination("auth-sso-logins").emoji()).isEqualTo(":satellite:");
        assertThat(destination("espi-new-message-to-ops-production").emoji()).isEqualTo(":speech_balloon:");
    }

    @Test
    void destinationsWatchTheirActions() {
        DestinationDefinition auth = destination("auth-sso-logins");
        DestinationDefinition espi = destination("espi-new-message-to-ops-production");

        assertThat(auth.filters().actions()).containsExactly("auth-sso-login");
        assertThat(auth.text()).isEqualTo("{person.name} signed in");
        assertThat(auth.trigger()).isEqualTo("once-per-interval");
        assertThat(auth.masking()).isEqualTo(new Masking(3_600, "all", null));
        assertThat(espi.filters().actions()).containsExactly("espi-new-message");
        assertThat(espi.masking()).isEqualTo(new Masking(86_400, "{person.id}", null));
    }

    @Test
    void actionOfBrokenEventLeftOutSilently() {
        JavaFileObject broken = Compilations.source("com.acme.Broken",
                "package com.acme;",
                "import io.github.posthogcatalog.annotations.*;",
                "@Event(name = \"broken\")",
                "@Action(name = \"Broken\")",
                "@SlackAlert(channel = \"#ops\")",
                "public record Broken(Object payload) {}");

        Compilation compilation = Compilations.compile(broken);

        assertThat(compilation).hadErrorContaining("[property-type-unsupported]")
                .inFile(broken).onLineContaining("Object payload");
        assertThat(compilation).hadErrorCount(1);
    }

    private static ActionDefinition action(String key) {
        return catalog.actions().stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no Action " + key));
    }

    private static DestinationDefinition destination(String key) {
        return catalog.destinations().stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no destination " + key));
    }
}
