import Vapor
import Fluent
import MentorCore

/// Signing in and out, the person's own account, and the language switch.
struct AuthController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .signIn, .anyone, showSignIn),
            Endpoint(.POST, .signIn, .anyone, signIn),
            Endpoint(.POST, .signOut, .signedIn, signOut),
            Endpoint(.POST, .signOutEverywhere, .signedIn, signOutEverywhere),
            Endpoint(.GET, .account, .signedIn, showAccount),
            Endpoint(.POST, .accountPassword, .signedIn, changePassword),
            Endpoint(.POST, .accountLanguage, .signedIn, savePreferredLanguage),
            Endpoint(.POST, .language, .anyone, switchLanguage),
        ]
    }

    struct SignInForm: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    @Sendable func showSignIn(_ request: Request) async throws -> Response {
        if request.viewer.isSignedIn { return request.redirect(to: "/") }
        let signedOut = request.query[String.self, at: "signedout"]
        let notice = signedOut.map { ($0 == "everywhere" ? T.signedOutEverywhere : T.signedOut)(request.viewer.language) }
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
        let pool = request.application.passwordPool
        let address = request.clientAddress
        // A place in the password pool first: a flood is answered at once, before any write.
        let admitted = try await pool.admitted {
            try await SignInAttempt.run(email: email, password: password, address: address, settings: settings, pool: pool,
                                        now: request.now, on: request.db)
        }
        guard let outcome = admitted else {
            // 429, not 503: the server is well, this client should come back in a moment.
            let response = refuse(T.signInBusy, status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: "5")
            return response
        }
        let person: Person
        switch outcome {
        case .addressLimited:
            return refuse(T.signInAddressLimited(minutes: settings.signIn.addressWindowMinutes), status: .tooManyRequests)
        case .refused:
            return refuse(T.signInRefused(threshold: settings.lockoutThreshold, minutes: settings.lockoutMinutes), status: .unauthorized)
        case .signedIn(let signedIn):
            person = signedIn
        }

        // A new session id at sign-in, so a session id planted before cannot be reused; the
        // row is written with the person and a fresh form token when the response goes out.
        if request.hasSession, let old = request.session.id {
            try await Sessions.end(old, on: request.db)
        }
        request.session.id = nil
        request.session.data[CSRF.sessionKey] = CSRF.newToken()
        request.auth.login(person)
        return request.redirect(to: next)
    }

    @Sendable func signOut(_ request: Request) async throws -> Response {
        request.auth.logout(Person.self)
        request.session.destroy()
        return request.redirect(to: "/signin?signedout=1")
    }

    /// Ends every session of the signed-in person, this one too.
    @Sendable func signOutEverywhere(_ request: Request) async throws -> Response {
        let personID = try request.personID()
        try await request.audit("signout", "person", id: personID, summary: "signed out everywhere")
        try await Sessions.endAll(personID: personID, on: request.db)
        request.auth.logout(Person.self)
        request.session.destroy()
        return request.redirect(to: "/signin?signedout=everywhere")
    }

    @Sendable func showAccount(_ request: Request) async throws -> Response {
        let person = try await currentPerson(request)
        var model = AccountPage.Model(languageSetting: person.language, errors: [:], calendarFeedURL: feedURL(person, request), notifyByEmail: person.notifyByEmail)
        model.activeSessions = try await Sessions.activeCount(personID: try person.requireID(), policy: .standard, now: request.now, on: request.db)
        return AccountPage.render(model,
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
        let pool = request.application.passwordPool
        if !(try await pool.verify(form.current ?? "", created: person.passwordHash)) {
            errors["current"] = T.currentPasswordWrong(language)
        }
        if let problem = PasswordPolicy.problem(with: newPassword, email: person.email, organisationName: request.viewer.organisationName ?? "") { errors["new"] = T.passwordProblem(problem)(language) }
        else if newPassword != form.repeated { errors["repeated"] = T.passwordsDiffer(language) }
        guard errors.isEmpty else {
            return AccountPage.render(.init(languageSetting: person.language, errors: errors, calendarFeedURL: feedURL(person, request), notifyByEmail: person.notifyByEmail), viewer: request.viewer)
                .response(status: .unprocessableEntity)
        }
        person.passwordHash = try await pool.hash(newPassword)
        try await person.save(on: request.db)
        // Whoever else was signed in with the old password is signed out.
        try await Sessions.endAll(personID: try person.requireID(), except: request.session.id, on: request.db)
        try await request.audit("update", "person", id: person.id, summary: "password changed")
        request.flash(T.passwordChangedOthersSignedOut(language))
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
        let language = choice ?? request.viewer.language
        request.flash(T.languageSaved(language))
        let response = request.redirect(to: "/account")
        // The header switch's choice would otherwise still win over "follow my browser".
        response.cookies[ViewerMiddleware.languageCookie] = Self.languageCookie(nil, secure: request.application.settings.secureCookies)
        return response
    }

    /// The switch in every page header. For a signed-in person it becomes their setting.
    @Sendable func switchLanguage(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LanguageForm.self)
        guard let language = form.lang.flatMap(Language.init(rawValue:)) else { throw PageError.badRequest }
        if let person = request.auth.get(Person.self) {
            person.language = language
            try await person.save(on: request.db)
        }
        // A cookie rather than the session, so a visitor's switch writes no session row.
        let response = request.redirect(to: safeNext(form.back))
        response.cookies[ViewerMiddleware.languageCookie] = Self.languageCookie(language, secure: request.application.settings.secureCookies)
        return response
    }

    /// The header switch's choice for a year, or a cookie that deletes itself.
    static func languageCookie(_ language: Language?, secure: Bool) -> HTTPCookies.Value {
        let age = language == nil ? 0 : 365 * 86_400
        return HTTPCookies.Value(string: language?.rawValue ?? "", expires: Date(timeIntervalSinceNow: Double(age)), maxAge: age,
                                 domain: nil, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    /// The feed's address as the account page shows it: built from `MENTOR_BASE_URL`, never from
    /// the request's Host, and without its secret, which is stored only as a hash and shown
    /// once when it is made (`CalendarController.createToken`). Nil when the feed is off.
    private func feedURL(_ person: Person, _ request: Request) -> String? {
        guard person.calendarToken != nil else { return nil }
        return CalendarToken.hiddenFeedURL(baseURL: request.application.settings.mail.baseURL)
    }

    private func currentPerson(_ request: Request) async throws -> Person {
        guard let person = try await Person.find(try request.personID(), on: request.db) else { throw PageError.notFound }
        return person
    }

    /// Only paths on this site, so a link cannot send someone elsewhere after signing in.
    func safeNext(_ next: String?) -> String { Redirects.sameSitePath(next) }
}
