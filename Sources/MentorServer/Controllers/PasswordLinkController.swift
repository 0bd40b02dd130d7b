import Vapor
import Fluent
import MentorCore

/// "Forgot your password?" and the page a password link opens. Both are open to anyone; the
/// link page works only with a token that is unused, unexpired and of an active account.
struct PasswordLinkController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .passwordForgot, .anyone, showForgot),
            Endpoint(.POST, .passwordForgot, .anyone, requestReset),
            Endpoint(.GET, .passwordNew(.key), .anyone, showChoose),
            Endpoint(.POST, .passwordNew(.key), .anyone, choose),
        ]
    }

    @Sendable func showForgot(_ request: Request) async throws -> Response {
        ForgotPasswordPage.render(.init(), viewer: request.viewer).response()
    }

    /// Answers with the same page and message for every well-formed address, known or not.
    /// Only for an active account, with e-mail configured and no reset sent in the last five
    /// minutes, is a link made and sent.
    @Sendable func requestReset(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ForgotPasswordPage.Form.self)
        let language = request.viewer.language
        switch form.validated(language) {
        case .failure(let errors):
            return ForgotPasswordPage.render(.init(email: form.typed, errors: errors.fields), viewer: request.viewer)
                .response(status: .unprocessableEntity)
        case .success(let valid):
            let settings = request.application.settings
            let now = request.now
            if settings.mail.sendmail != nil {
                // The check for a recent reset and the new link in one write transaction, so two
                // requests at once send one e-mail.
                try await request.writeTransaction { db in
                    guard let person = try await Person.query(on: db).filter(\.$email == valid.email).first(), person.active,
                          !(try await PasswordLinks.recentReset(of: try person.requireID(), now: now, on: db)) else { return }
                    _ = try await PasswordLinks.issue(.reset, for: person, by: nil, settings: settings, now: now, on: db)
                }
            }
            return ForgotPasswordPage.render(.init(notice: T.resetRequested(valid.email)(language)), viewer: request.viewer).response()
        }
    }

    @Sendable func showChoose(_ request: Request) async throws -> Response {
        let token = request.parameters.get("token") ?? ""
        guard let found = try await PasswordLinks.usable(token: token, now: request.now, on: request.db) else { return invalid(request) }
        let (link, person) = found
        return ChoosePasswordPage.render(ChoosePasswordPage.Query.model(link: link, person: person, token: token),
                                         viewer: request.viewer).response()
    }

    /// Sets the password, uses the link up, ends every session of the person and signs them in
    /// with a new one.
    @Sendable func choose(_ request: Request) async throws -> Response {
        let token = request.parameters.get("token") ?? ""
        let now = request.now
        guard let found = try await PasswordLinks.usable(token: token, now: now, on: request.db) else { return invalid(request) }
        let (link, person) = found
        let form = try request.content.decode(ChoosePasswordPage.Form.self)
        let language = request.viewer.language
        let organisation = try await Organisation.find(person.organisationID, on: request.db)
        let password: String
        switch form.validated(language, email: person.email, organisationName: organisation?.name ?? "") {
        case .failure(let errors):
            let model = ChoosePasswordPage.Query.model(link: link, person: person, token: token, errors: errors.fields)
            return ChoosePasswordPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let valid):
            password = valid.password
        }
        let hash = try await request.password.async.hash(password)
        let personID = try person.requireID()
        let used = try await request.writeTransaction { db -> Bool in
            guard try await PasswordLinks.consume(link, now: now, on: db) else { return false }
            person.passwordHash = hash
            person.failedSignIns = 0
            person.lockedUntil = nil
            try await person.save(on: db)
            try await PasswordLinks.retireOpenLinks(of: personID, now: now, on: db)
            try await Sessions.endAll(personID: personID, on: db)
            let summary = link.kind == .invitation ? "password set through an invitation link" : "password set through a reset link"
            try await Audit.record("password-link-used", "person", id: personID, summary: summary,
                                   organisationID: person.organisationID, actorID: personID, on: db)
            return true
        }
        guard used else { return invalid(request) }
        // The old session was anonymous or ended above.
        try await request.startSignedInSession(for: person)
        request.flash(T.passwordSetWelcome(person.language ?? language))
        return request.redirect(to: .home)
    }

    private func invalid(_ request: Request) -> Response {
        LinkInvalidPage.render(viewer: request.viewer).response(status: .notFound)
    }
}
