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
        ForgotPasswordPage.render(.init(email: "", errors: [:], notice: nil), viewer: request.viewer).response()
    }

    struct ForgotForm: Content { var email: String? }

    /// Answers with the same page and message for every well-formed address, known or not.
    /// Only for an active account, with e-mail configured and no reset sent in the last five
    /// minutes, is a link made and sent.
    @Sendable func requestReset(_ request: Request) async throws -> Response {
        let typed = (try request.content.decode(ForgotForm.self).email ?? "").trimmingCharacters(in: .whitespaces)
        let language = request.viewer.language
        guard let email = EmailAddress.normalized(typed) else {
            return ForgotPasswordPage.render(.init(email: typed, errors: ["email": T.invalidEmail(language)], notice: nil), viewer: request.viewer)
                .response(status: .unprocessableEntity)
        }
        let settings = request.application.settings
        let now = request.now
        if settings.mail.sendmail != nil,
           let person = try await Person.query(on: request.db).filter(\.$email == email).first(), person.active,
           !(try await PasswordLinks.recentReset(of: try person.requireID(), now: now, on: request.db)) {
            _ = try await PasswordLinks.issue(.reset, for: person, by: nil, settings: settings, now: now, on: request.db)
        }
        return ForgotPasswordPage.render(.init(email: "", errors: [:], notice: T.resetRequested(email)(language)), viewer: request.viewer)
            .response()
    }

    @Sendable func showChoose(_ request: Request) async throws -> Response {
        let token = request.parameters.get("token") ?? ""
        guard let found = try await PasswordLinks.usable(token: token, on: request.db) else { return invalid(request) }
        let (link, person) = found
        return ChoosePasswordPage.render(.init(kind: link.kind, name: person.name, email: person.email, token: token, errors: [:]),
                                         viewer: request.viewer).response()
    }

    struct ChooseForm: Content {
        var new: String?
        var repeated: String?
    }

    /// Sets the password, uses the link up, ends every session of the person and signs them in
    /// with a new one.
    @Sendable func choose(_ request: Request) async throws -> Response {
        let token = request.parameters.get("token") ?? ""
        guard let found = try await PasswordLinks.usable(token: token, on: request.db) else { return invalid(request) }
        let (link, person) = found
        let form = try request.content.decode(ChooseForm.self)
        let language = request.viewer.language
        let password = form.new ?? ""
        let organisation = try await Organisation.find(person.organisationID, on: request.db)
        var errors: FieldErrors = [:]
        if let problem = PasswordPolicy.problem(with: password, email: person.email, organisationName: organisation?.name ?? "") {
            errors["new"] = T.passwordProblem(problem)(language)
        } else if password != form.repeated {
            errors["repeated"] = T.passwordsDiffer(language)
        }
        guard errors.isEmpty else {
            return ChoosePasswordPage.render(.init(kind: link.kind, name: person.name, email: person.email, token: token, errors: errors),
                                             viewer: request.viewer).response(status: .unprocessableEntity)
        }
        let hash = try await request.password.async.hash(password)
        let now = request.now
        let personID = try person.requireID()
        let used = try await request.db.transaction { db -> Bool in
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
        // A new session id for the signed-in person, as at sign-in; the old one was anonymous or ended above.
        if request.hasSession, let old = request.session.id {
            try await Sessions.end(old, on: request.db)
        }
        request.session.id = nil
        request.session.data[CSRF.sessionKey] = CSRF.newToken()
        request.auth.login(person)
        request.flash(T.passwordSetWelcome(person.language ?? language))
        return request.redirect(to: "/")
    }

    private func invalid(_ request: Request) -> Response {
        LinkInvalidPage.render(viewer: request.viewer).response(status: .notFound)
    }
}
