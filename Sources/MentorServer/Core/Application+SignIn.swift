import Vapor

extension Application {
    /// Passwords, sessions and the secrets behind visitors' form tokens. The password pool
    /// is shut down with the application.
    func setUpSignIn(_ settings: AppSettings) {
        // Vapor's hasher stays for commands and administration; sign-in and password changes
        // use the bounded pool.
        passwords.use(.bcrypt(cost: settings.bcryptCost))
        storage[PasswordPoolKey.self] = PasswordPoolHolder(PasswordPool(threads: settings.signIn.passwordThreads,
                                                                        waiting: settings.signIn.passwordQueue,
                                                                        cost: settings.bcryptCost))
        lifecycle.use(PasswordPoolLifecycle())
        storage[ServerSecretsKey.self] = ServerSecrets()
        sessions.use { _ in DatabaseSessions(policy: .standard) }
        sessions.configuration = MentorServer.Sessions.configuration(policy: .standard, secure: settings.secureCookies)
    }
}
