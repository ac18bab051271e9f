import io.github.posthogcatalog.maven.it.StandInProcess

try {
    String log = StandInProcess.buildLog(basedir)
    def state = StandInProcess.state(basedir)
    def project = state.get('projects').find { it.get('id').asLong() == 1L }
    def actions = project.get('actions').collect { it }
    def functions = project.get('hog_functions').collect { it }

    // First sync: 3 Actions and 1 destination created; second sync: nothing to do.
    assert log.contains('posthog:sync: applied 4 changes (4 created, 0 updated, 0 adopted, 0 deleted)')
    assert log.contains('posthog:sync: applied 0 changes (0 created, 0 updated, 0 adopted, 0 deleted)')
    assert log.contains('No changes: PostHog matches the catalog.')

    // The check on v2 fails with the plan and the command that fixes it.
    assert log.contains('~ update action \'Auth: Sign in\'')
    assert log.contains('name: "Auth: Login" -> "Auth: Sign in"')
    assert log.contains('PostHog differs from the catalog')
    assert log.contains('mvn posthog:sync')

    // v2: two Action updates, the destination's filter showing the renamed Action's name, and an
    // orphan; then the orphan deleted with prune.
    assert log.contains('filters.actions: [{"id":"auth-login","name":"Auth: Login"}] -> [{"id":"auth-login","name":"Auth: Sign in"}]')
    assert log.contains('posthog:sync: applied 3 changes (0 created, 3 updated, 0 adopted, 0 deleted)')
    assert log.contains('! orphan action \'Auth: Logout\'')
    assert log.contains('posthog:sync: applied 1 changes (0 created, 0 updated, 0 adopted, 1 deleted)')

    // Writes: 4 creates, 0, 0 (check), 3 updates, 1 soft delete.
    assert StandInProcess.writes(basedir) == 8

    def login = actions.findAll { it.get('description').asString().endsWith('[posthog-catalog:key=auth-login;catalog=it-lifecycle]') }
    assert login.size() == 1
    assert login[0].get('name').asString() == 'Auth: Sign in'
    // The rename patched the Action the first sync created: same id, and no fourth Action was made.
    def updated = (log =~ /update action 'Auth: Sign in' \(auth-login, id (\d+)\)/)[0][1]
    assert login[0].get('id').asString() == updated
    assert actions.size() == 3
    def logout = actions.find { it.get('name').asString() == 'Auth: Logout' }
    assert logout.get('deleted').asBoolean()
    assert actions.count { !it.get('deleted').asBoolean() } == 2
    assert functions.size() == 1
    assert functions[0].get('inputs').get('channel').get('value').asString() == 'C0000OPS'
    assert functions[0].get('filters').get('actions').get(0).get('name').asString() == 'Auth: Sign in'

    assert new File(basedir, 'target/posthog/plan.json').isFile()
    assert new File(basedir, 'target/posthog/plan.md').text.contains('## PostHog plan')
} finally {
    StandInProcess.stop(basedir)
}
return true
