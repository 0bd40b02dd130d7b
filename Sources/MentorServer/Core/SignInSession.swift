import Vapor

extension Request {
    /// Signs `person` in with a new session id, so a session id planted before cannot be reused.
    /// The session row is written with the person and a fresh form token when the response goes
    /// out. Used by the sign-in form and by a password link once its password is set.
    func startSignedInSession(for person: Person) async throws {
        if hasSession, let old = session.id {
            try await Sessions.end(old, on: db)
        }
        session.id = nil
        session.data[CSRF.sessionKey] = CSRF.newToken()
        auth.login(person)
    }
}
