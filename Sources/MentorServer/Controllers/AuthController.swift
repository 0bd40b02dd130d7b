import Vapor
import Fluent
import MentorCore

/// Signing in and out, the person's own account, and the language switch.
struct AuthController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, "signin", .anyone, showSignIn),
            Endpoint(.POST, "signin", .anyone, signIn),
            Endpoint(.POST, "signout", .signedIn, signOut),
            Endpoint(.GET, "account", .signedIn, showAccount),
            Endpoint(.POST, "account/password", .signedIn, changePassword),
            Endpoint(.POST, "account/language", .signedIn, savePreferredLanguage),
            Endpoint(.POST, "language", .anyone, switchLanguage),
        ]
    }

    struct SignInForm: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    @Sendable func showSignIn(_ request: Request) async throws -> Response {
        if request.viewer.isSignedIn { return request.redirect(to: "/") }
        let notice = request.query[String.self, at: "signedout"] != nil ? T.signedOut(request.viewer.language) : nil
        let model = SignInPage.Model(email: "", next: safeNext(request.query[String.self, at: "next"]), error: nil, notice: notice)
        return SignInPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func signIn(_ request: Request) async throws -> Response {
        let form = try request.content.decode(SignInForm.self)
        let email = (form.email ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let password = form.password ?? ""
        let next = safeNext(form.next)
        let viewer = request.viewer
        func refuse(_ message: Text, status: HTTPStatus) -> Response {
            SignInPage.render(.init(email: email, next: next, error: message(viewer.language), notice: nil), viewer: viewer)
                .response(status: status)
        }

        let settings = request.application.settings
        guard let person = try await Person.query(on: request.db).filter(\.$email == email).first(), person.active else {
            // Spend the same time as a real check, so response times do not reveal which addresses exist.
            _ = try? await request.password.async.verify(password, created: Self.timingHash)
            return refuse(T.wrongCredentials, status: .unauthorized)
        }
        let now = Date()
        if let lockedUntil = person.lockedUntil, lockedUntil > now {
            return refuse(T.lockedUntil(viewer.formats.time(lockedUntil)), status: .tooManyRequests)
        }
        guard try await request.password.async.verify(password, created: person.passwordHash) else {
            person.failedSignIns += 1
            var message = T.wrongCredentials
            var status = HTTPStatus.unauthorized
            if person.failedSignIns >= settings.lockoutThreshold {
                let until = now.addingTimeInterval(Double(settings.lockoutMinutes) * 60)
                person.lockedUntil = until
                person.failedSignIns = 0
                message = T.lockedUntil(viewer.formats.time(until))
                status = .tooManyRequests
                try await Audit.record("lock", "person", id: person.id, summary: "account locked after failed sign-ins",
                                       organisationID: person.organisationID, actorID: nil, on: request.db)
            }
            try await person.save(on: request.db)
            return refuse(message, status: status)
        }
        person.failedSignIns = 0
        person.lockedUntil = nil
        try await person.save(on: request.db)

        // A new session id at sign-in, so a session id planted before cannot be reused.
        if let old = request.session.id {
            try await SessionRecord.query(on: request.db).filter(\.$key == old).delete()
            request.session.id = nil
        }
        request.session.data[CSRF.sessionKey] = nil
        request.auth.login(person)
        return request.redirect(to: next)
    }

    @Sendable func signOut(_ request: Request) async throws -> Response {
        request.auth.logout(Person.self)
        request.session.destroy()
        return request.redirect(to: "/signin?signedout=1")
    }

    @Sendable func showAccount(_ request: Request) async throws -> Response {
        let person = try await currentPerson(request)
        return AccountPage.render(.init(languageSetting: person.language, errors: [:], calendarFeedURL: feedURL(person, request), notifyByEmail: person.notifyByEmail),
                                  viewer: request.viewer, flash: request.takeFlash()).response()
    }

    struct PasswordForm: Content {
        var current: String?
        var new: String?
        var repeated: String?
    }

    @Sendable func changePassword(_ request: Request) async throws -> Response {
        let person = try await currentPerson(request)
        let form = try request.content.decode(PasswordForm.self)
        let language = request.viewer.language
        var errors: FieldErrors = [:]
        let newPassword = form.new ?? ""
        if !(try await request.password.async.verify(form.current ?? "", created: person.passwordHash)) {
            errors["current"] = T.currentPasswordWrong(language)
        }
        if newPassword.count < 10 { errors["new"] = T.passwordTooShort(language) }
        else if newPassword != form.repeated { errors["repeated"] = T.passwordsDiffer(language) }
        guard errors.isEmpty else {
            return AccountPage.render(.init(languageSetting: person.language, errors: errors, calendarFeedURL: feedURL(person, request), notifyByEmail: person.notifyByEmail), viewer: request.viewer)
                .response(status: .unprocessableEntity)
        }
        person.passwordHash = try await request.password.async.hash(newPassword)
        try await person.save(on: request.db)
        try await request.audit("update", "person", id: person.id, summary: "password changed")
        request.flash(T.passwordChanged(language))
        return request.redirect(to: "/account")
    }

    struct LanguageForm: Content {
        var lang: String?
        var back: String?
    }

    /// Stores the person's preferred language; an empty choice follows the browser again.
    @Sendable func savePreferredLanguage(_ request: Request) async throws -> Response {
        let person = try await currentPerson(request)
        let form = try request.content.decode(LanguageForm.self)
        let choice = form.lang.flatMap(Language.init(rawValue:))
        if let text = form.lang, !text.isEmpty, choice == nil { throw PageError.badRequest }
        person.language = choice
        try await person.save(on: request.db)
        request.session.data["lang"] = nil
        let language = choice ?? request.viewer.language
        request.flash(T.languageSaved(language))
        return request.redirect(to: "/account")
    }

    /// The switch in every page header. For a signed-in person it becomes their setting.
    @Sendable func switchLanguage(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LanguageForm.self)
        guard let language = form.lang.flatMap(Language.init(rawValue:)) else { throw PageError.badRequest }
        request.session.data["lang"] = language.rawValue
        if let person = request.auth.get(Person.self) {
            person.language = language
            try await person.save(on: request.db)
        }
        return request.redirect(to: safeNext(form.back))
    }

    private func feedURL(_ person: Person, _ request: Request) -> String? {
        guard let token = person.calendarToken else { return nil }
        let scheme = request.application.settings.secureCookies ? "https" : "http"
        let host = request.headers.first(name: .host) ?? "localhost"
        return "\(scheme)://\(host)/calendar/\(token).ics"
    }

    private func currentPerson(_ request: Request) async throws -> Person {
        guard let person = try await Person.find(try request.personID(), on: request.db) else { throw PageError.notFound }
        return person
    }

    /// Only paths on this site, so a link cannot send someone elsewhere after signing in.
    func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"), !next.contains("\n") else { return "/" }
        return next
    }

    /// A bcrypt hash checked against when the email is unknown, made once per process.
    static let timingHash: String = (try? Bcrypt.hash("mentor-mirror-timing-guard", cost: 12)) ?? ""
}
