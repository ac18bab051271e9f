import io.github.posthogcatalog.maven.it.StandInProcess

try {
    String log = StandInProcess.buildLog(basedir)
    def requests = StandInProcess.requests(basedir).collect { it }
    def project = StandInProcess.state(basedir).get('projects').find { it.get('id').asLong() == 1L }
    def actions = project.get('actions').collect { it }
    def functions = project.get('hog_functions').collect { it }

    // The 429s were answered and retried.
    assert requests.count { it.get('status').asInt() == 429 } == 3

    // The first run applied 5 of 8 changes, named the rejected create, and did not attempt the destinations.
    assert log.contains('PostHog sync incomplete: 5 of 8 changes applied, 1 failed, 2 not attempted.')
    assert log.contains('Rejected by the stand-in.')
    assert log.contains('not attempted: create destination \'Fault alert\'')

    // The second run created the rest: every key exists exactly once.
    assert log.contains('posthog:sync: applied 3 changes (3 created, 0 updated, 0 adopted, 0 deleted)')
    def keys = actions.collect { (it.get('description').asString() =~ /key=([^;\]]+);catalog=it-faults\]$/)[0][1] }
    assert keys.sort() == ['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6']
    assert functions.size() == 2
} finally {
    StandInProcess.stop(basedir)
}
return true
