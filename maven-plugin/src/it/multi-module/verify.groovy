import io.github.posthogcatalog.maven.it.StandInProcess

try {
    String log = StandInProcess.buildLog(basedir)
    def projects = StandInProcess.state(basedir).get('projects').collect { it }
    def actions = { long id -> projects.find { it.get('id').asLong() == id }.get('actions').collect { it } }
    def live = { long id -> actions(id).findAll { !it.get('deleted').asBoolean() }.collect { it.get('name').asString() }.sort() }

    assert log.contains('Skipping posthog:check: this pom-packaged project has no catalog')
    assert log =~ /mvn posthog:sync -pl module-[ab]/

    assert live(1L) == ['A: Login']
    assert live(2L) == ['B: Paid', 'B: Refund']

    // Project 3 holds both catalogs; module A's prune deleted only its own 'A: Login'.
    assert live(3L) == ['A: Logout', 'B: Paid', 'B: Refund']
    def deleted = actions(3L).findAll { it.get('deleted').asBoolean() }.collect { it.get('name').asString() }
    assert deleted == ['A: Login']
    def paid = actions(3L).find { it.get('name').asString() == 'B: Paid' }
    assert paid.get('description').asString().endsWith('[posthog-catalog:key=b-paid;catalog=it-b]')
    assert log.contains("= other-catalog action 'B: Paid' (b-paid, id ")
    assert log.contains("managed by catalog 'it-b', which this build does not sync; left alone")
    assert log.contains("- delete action 'A: Login' (a-login, id ")
    assert log.contains("= other-catalog action 'A: Logout' (a-logout, id ")
    assert log.contains('posthog:check: PostHog matches the catalog')
} finally {
    StandInProcess.stop(basedir)
}
return true
