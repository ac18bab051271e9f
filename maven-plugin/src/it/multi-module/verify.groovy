import io.github.posthogcatalog.maven.it.StandInProcess

try {
    String log = StandInProcess.buildLog(basedir)
    def projects = StandInProcess.state(basedir).get('projects').collect { it }
    def names = { long id -> projects.find { it.get('id').asLong() == id }.get('actions').collect { it.get('name').asString() }.sort() }

    assert log.contains('Skipping posthog:check: this pom-packaged project has no catalog')
    assert log =~ /mvn posthog:sync -pl module-[ab]/

    assert names(1L) == ['A: Login']
    assert names(2L) == ['B: Paid', 'B: Refund']
} finally {
    StandInProcess.stop(basedir)
}
return true
