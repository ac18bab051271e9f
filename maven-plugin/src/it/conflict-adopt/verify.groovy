import io.github.posthogcatalog.maven.it.StandInProcess

try {
    String log = StandInProcess.buildLog(basedir)
    def project = StandInProcess.state(basedir).get('projects').find { it.get('id').asLong() == 1L }
    def actions = project.get('actions').collect { it }

    // The conflict names the existing Action's id and its page, and the way out.
    assert log.contains('conflicts with Action 500')
    assert log.contains('/project/1/data-management/actions/500')
    assert log.contains('-Dposthog.adopt=true')

    // Adoption kept id 500 and wrote the marker and the tag; no second Action with the name exists.
    def login = actions.findAll { it.get('name').asString() == 'Auth: Login' }
    assert login.size() == 1
    assert login[0].get('id').asLong() == 500L
    assert login[0].get('description').asString().endsWith('[posthog-catalog:key=auth-login;catalog=it-conflict]')
    assert login[0].get('tags').collect { it.asString() }.contains('posthog-catalog')
    assert log.contains('posthog:sync: applied 3 changes (2 created, 0 updated, 1 adopted, 0 deleted)')

    // The destination refers to the adopted Action by its id.
    def function = project.get('hog_functions').get(0)
    assert function.get('filters').get('actions').get(0).get('id').asString() == '500'
} finally {
    StandInProcess.stop(basedir)
}
return true
