import io.github.posthogcatalog.maven.it.StandInProcess

try {
    String log = StandInProcess.buildLog(basedir)
    def project = StandInProcess.state(basedir).get('projects').find { it.get('id').asLong() == 1L }
    def actions = project.get('actions').collect { it }
    def functions = project.get('hog_functions').collect { it }
    def requests = StandInProcess.requests(basedir).collect { it }

    // The processor wrote the catalog with the example's events, Actions and alerts.
    def catalog = new File(basedir, 'target/classes/META-INF/posthog/catalog.json').text
    assert catalog.contains('"platform-login"')
    assert catalog.contains('"Auth: Platform Login"')

    // The second build ran javac again over the first build's output: the 8 example sources plus one.
    assert log.contains('Compiling 8 source files')
    assert log.contains('Compiling 9 source files')
    assert !log.contains('Attempt to recreate a file')

    // First sync: five Actions, five Slack destinations.
    assert log.contains('posthog:sync: applied 10 changes (10 created, 0 updated, 0 adopted, 0 deleted)')
    assert actions.collect { it.get('name').asString() }.sort() == ['Agent Task: Start Task', 'Auth: Platform Login',
            'ESPi: New Message', 'Portfolio: Map Capabilities', 'User Task: Create Task']
    assert actions.every { !it.get('deleted').asBoolean() && it.get('description').asString().endsWith(';catalog=platform-ops]') }
    def login = actions.find { it.get('name').asString() == 'Auth: Platform Login' }
    def autocapture = login.get('steps').find { it.get('event').asString() == '$autocapture' }
    assert autocapture.get('selector').asString() == 'button[data-attr="login"]'
    assert login.get('steps').any { it.get('event').asString() == 'platform-login' }

    assert functions.size() == 5
    def actionNames = actions.collectEntries { [(it.get('id').asString()): it.get('name').asString()] }
    functions.each { function ->
        assert function.get('template').get('id').asString() == 'template-slack'
        assert function.get('enabled').asBoolean()
        assert !function.get('deleted').asBoolean()
        assert function.get('inputs').get('channel').get('value').asString() == 'C0OPSPROD1'
        assert function.get('inputs').get('slack_workspace').get('value').asLong() == 7L
        assert function.get('inputs').get('username').get('value').asString() == 'PostHog: Platform Ops'
        // Every destination is triggered by an Action, referred to by its PostHog id and current name.
        def filters = function.get('filters').get('actions').collect { it }
        assert !filters.isEmpty()
        filters.each { assert actionNames[it.get('id').asString()] == it.get('name').asString() }
    }
    def espi = functions.find { it.get('name').asString() == 'ESPi: first message of the day' }
    assert espi.get('masking').get('hash').asString() == '{person.id}'
    assert espi.get('masking').get('ttl').asInt() == 86400
    assert espi.get('filters').get('actions').collect { actionNames[it.get('id').asString()] } == ['ESPi: New Message']

    // Second sync and check: no changes, and every request after the first sync's writes was a GET.
    assert log.contains('posthog:sync: applied 0 changes (0 created, 0 updated, 0 adopted, 0 deleted)')
    assert log.contains('posthog:check: PostHog matches the catalog')
    assert StandInProcess.writes(basedir) == 10
    int lastWrite = requests.findLastIndexOf { it.get('method').asString() != 'GET' }
    def later = requests.drop(lastWrite + 1)
    assert later.size() >= 4
    assert later.every { it.get('method').asString() == 'GET' }
} finally {
    StandInProcess.stop(basedir)
}
return true
