import io.github.posthogcatalog.maven.it.StandInProcess

try {
    String log = StandInProcess.buildLog(basedir)
    def secrets = ['phx_test_settings_key_not_real', 'phx_test_wrong_server_key',
                   '3xbquNhrcJ4H/TqSJbYoj3UZBy3HUmI0v43toJMNBccyfpbTYUdLrqE07aPxPkLs',
                   'Fyv5NI5kt7wHV202Ac+dqwEQq1fyJqlUhnrkRQEeZROne+f22veCky3b89eb/pbk',
                   'it-master-password-not-secret']

    // The decrypted key of posthog-ci authenticated: the sync created the Action.
    assert log.contains('[DEBUG]')
    assert log.contains('posthog:sync: applied 1 changes (1 created')
    def project = StandInProcess.state(basedir).get('projects').find { it.get('id').asLong() == 1L }
    assert project.get('actions').collect { it.get('name').asString() } == ['Auth: Login']

    // The default server's key was rejected, and the message names where the key came from.
    assert log.contains('rejected the personal API key')
    assert log.contains("the password of server 'posthog' in settings.xml")
    assert log.contains('posthog:check: PostHog matches the catalog')

    // Neither the keys nor their encrypted forms appear in the log or the plan files.
    secrets.each { secret ->
        assert !log.contains(secret): "build.log contains a secret"
        new File(basedir, 'target/posthog').eachFileRecurse { file ->
            assert !file.text.contains(secret): "${file} contains a secret"
        }
    }
} finally {
    StandInProcess.stop(basedir)
}
return true
