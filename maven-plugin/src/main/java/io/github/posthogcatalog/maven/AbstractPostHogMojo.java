package io.github.posthogcatalog.maven;

import io.github.posthogcatalog.catalog.CatalogException;
import io.github.posthogcatalog.catalog.MergedCatalog;
import io.github.posthogcatalog.maven.api.PostHogApiException;
import io.github.posthogcatalog.maven.apply.ApplyException;
import io.github.posthogcatalog.maven.config.ConfigurationException;
import io.github.posthogcatalog.maven.config.MavenCredentials;
import io.github.posthogcatalog.maven.config.PostHogSettings;
import io.github.posthogcatalog.maven.config.RawSettings;
import io.github.posthogcatalog.maven.config.ResolvedKey;
import io.github.posthogcatalog.maven.config.SettingsValidator;
import io.github.posthogcatalog.maven.plan.Plan;
import io.github.posthogcatalog.maven.plan.PlanOptions;
import io.github.posthogcatalog.maven.plan.PlanText;
import io.github.posthogcatalog.maven.plan.PlanningException;
import io.github.posthogcatalog.maven.sync.CatalogInput;
import io.github.posthogcatalog.maven.sync.PlanFiles;
import io.github.posthogcatalog.maven.sync.SyncLog;
import io.github.posthogcatalog.maven.sync.SyncWorkflow;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The base of {@code posthog:plan}, {@code posthog:sync} and {@code posthog:check}: their parameters,
 * the skip checks, reading the configuration and the catalog, and turning failures into Maven's.
 * The API key is not a parameter: see {@link MavenCredentials}.
 */
abstract class AbstractPostHogMojo extends AbstractMojo {

    /** The PostHog app host that serves the REST API: {@code https://eu.posthog.com} for EU Cloud, or a self-hosted URL. */
    @Parameter(property = "posthog.host", defaultValue = "https://us.posthog.com")
    private String host;

    /** The numeric id of the PostHog project, the number in {@code https://us.posthog.com/project/<id>}. Required with an API key. */
    @Parameter(property = "posthog.projectId")
    private String projectId;

    /** The id of the settings.xml {@code <server>} whose password is the API key, when neither {@code -Dposthog.apiKey} nor {@code POSTHOG_PERSONAL_API_KEY} is set. */
    @Parameter(property = "posthog.serverId", defaultValue = "posthog")
    private String serverId;

    /** The id of the project's Slack integration, used by every Slack destination. Required when the catalog has destinations. */
    @Parameter(property = "posthog.slack.workspace")
    private String slackWorkspace;

    /**
     * Soft-delete managed Actions and destinations that are no longer in the catalog, instead of listing
     * them as orphaned. Only objects whose marker names one of the synced catalogs (this project's and its
     * dependencies') are deleted. Other catalogs' objects in the same PostHog project are left alone.
     */
    @Parameter(property = "posthog.prune", defaultValue = "false")
    private boolean prune;

    /**
     * Take over unmanaged Actions that have a catalog Action's name (adds the marker and tag), and objects
     * whose marker names another catalog but carries a key of this one (after a catalog was renamed),
     * instead of failing with a conflict.
     */
    @Parameter(property = "posthog.adopt", defaultValue = "false")
    private boolean adopt;

    /** Skip every posthog goal except {@code posthog:docs}. */
    @Parameter(property = "posthog.skip", defaultValue = "false")
    private boolean skip;

    /** Seconds to wait for a TCP connection to PostHog. */
    @Parameter(property = "posthog.connectTimeoutSeconds", defaultValue = "10")
    private int connectTimeoutSeconds;

    /** Seconds to wait for one request to complete, before it is retried or fails. */
    @Parameter(property = "posthog.requestTimeoutSeconds", defaultValue = "30")
    private int requestTimeoutSeconds;

    /** How many writes are sent at once; the client's rate limiter keeps the total under PostHog's 480 requests per minute. */
    @Parameter(property = "posthog.parallelism", defaultValue = "4")
    private int parallelism;

    /** The folder that receives {@code plan.json} and {@code plan.md}. */
    @Parameter(property = "posthog.outputDirectory", defaultValue = "${project.build.directory}/posthog")
    private File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    private final SettingsDecrypter decrypter;

    protected AbstractPostHogMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /** Returns the goal name for messages, such as {@code posthog:plan}. */
    abstract String goal();

    /** Returns whether the goal's own skip property is set. */
    abstract boolean skipGoal();

    /** Returns the goal's own skip property, for the log line. */
    abstract String skipProperty();

    /** Returns whether the goal writes to PostHog or must compare with it, so it cannot run offline or without a key. */
    abstract boolean needsPostHog();

    /** Runs the goal's own step after the plan is made and written. */
    abstract void afterPlan(SyncWorkflow workflow, Plan plan, Path markdown) throws MojoFailureException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipGoal()) {
            getLog().info("Skipping " + goal() + " because " + (skip ? "posthog.skip" : skipProperty()) + " is true.");
            return;
        }
        PostHogSettings settings = null;
        try {
            settings = settings();
            Optional<MergedCatalog> catalog = CatalogInput.read(classPath());
            if (catalog.isEmpty()) {
                handleMissingCatalog();
                return;
            }
            catalog.get().warnings().forEach(getLog()::warn);
            getLog().debug("Catalogs: " + catalog.get().sources().size() + " found on the class path");

            SyncWorkflow workflow = new SyncWorkflow(settings, new PlanOptions(prune, adopt), new HttpApiFactory(getLog()::debug), log());
            Plan plan = workflow.plan(catalog.get());
            Path markdown = PlanFiles.write(plan, outputDirectory.toPath());
            PlanText.lines(plan).forEach(getLog()::info);
            afterPlan(workflow, plan, markdown);
        } catch (ConfigurationException | PlanningException | CatalogException | ApplyException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (PostHogApiException e) {
            throw new MojoFailureException(goal() + " failed: " + e.getMessage() + keySourceHint(e, settings), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** Names where a rejected key was read from, so the user knows which one to replace. */
    private static String keySourceHint(PostHogApiException e, PostHogSettings settings) {
        if (e.status() != 401 || settings == null || settings.apiKey().isEmpty()) {
            return "";
        }
        return " The API key was read from " + settings.apiKey().get().source() + ".";
    }

    private PostHogSettings settings() {
        Optional<ResolvedKey> key = new MavenCredentials(session, decrypter).apiKey(serverId);
        if (needsPostHog() && session.isOffline()) {
            throw new ConfigurationException(goal() + " must reach PostHog, but Maven runs offline (-o). Run it without -o."
                    + (key.isEmpty() ? "" : " posthog:plan without an API key works offline."));
        }
        if (needsPostHog() && key.isEmpty()) {
            throw new ConfigurationException(goal() + " needs a PostHog API key. " + SyncWorkflow.keyHint());
        }
        if (!needsPostHog() && key.isPresent() && session.isOffline()) {
            throw new ConfigurationException(goal() + " has an API key (from " + key.get().source() + ") and would read"
                    + " PostHog, but Maven runs offline (-o). Run it without -o, or without a key to plan against an"
                    + " empty project.");
        }
        RawSettings raw = new RawSettings(host, projectId, slackWorkspace, connectTimeoutSeconds, requestTimeoutSeconds, parallelism);
        return SettingsValidator.validate(raw, key, new MavenCredentials(session, decrypter).proxyFor(host));
    }

    private List<Path> classPath() throws MojoExecutionException {
        List<Path> entries = new ArrayList<>();
        entries.add(Path.of(project.getBuild().getOutputDirectory()));
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                entries.add(Path.of(element));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Cannot read the dependencies' catalogs: " + e.getMessage(), e);
        }
        return entries;
    }

    private void handleMissingCatalog() throws MojoFailureException {
        String location = Path.of(project.getBuild().getOutputDirectory(), "META-INF", "posthog", "catalog.json").toString();
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping " + goal() + ": this pom-packaged project has no catalog at " + location + ".");
            return;
        }
        throw new MojoFailureException("No catalog found: neither " + location + " nor any dependency has"
                + " META-INF/posthog/catalog.json. Compile first (mvn compile " + goal() + "), and check that the"
                + " posthog-catalog processor runs on this module.");
    }

    private SyncLog log() {
        return new SyncLog() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warn(String message) {
                getLog().warn(message);
            }

            @Override
            public void debug(String message) {
                getLog().debug(message);
            }
        };
    }
}
