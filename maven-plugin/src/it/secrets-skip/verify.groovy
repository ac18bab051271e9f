import io.github.posthogcatalog.maven.it.StandInProcess

try {
    String log = StandInProcess.buildLog(basedir)

    // The -X build ran the plan against the stand-in and never printed the key.
    assert log.contains('[DEBUG]')
    assert log.contains('PostHog plan for project 1 at http://127.0.0.1:')
    assert !log.contains('phx_test_not_a_real_key')
    ['target/posthog/plan.json', 'target/posthog/plan.md'].each {
        assert !new File(basedir, it).text.contains('phx_test_not_a_real_key')
    }

    assert log.contains('Skipping posthog:sync because posthog.skip is true.')
    assert log.contains('Skipping posthog:sync because posthog.sync.skip is true.')
    assert log.findAll('posthog:plan: 2 to create').size() >= 2

    assert log.contains('posthog:sync: dry run (posthog.dryRun), nothing applied')
    assert log.contains('PostHog plan against an EMPTY project (no API key configured')
    assert log.contains('posthog:sync must reach PostHog, but Maven runs offline (-o)')

    // Nothing in this project ever wrote to PostHog.
    assert StandInProcess.writes(basedir) == 0
} finally {
    StandInProcess.stop(basedir)
}
return true
