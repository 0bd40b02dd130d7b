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
            Endpoint(.POST, .accountTimeZone, .signedIn, saveTimeZone),
            Endpoint(.POST, .language, .anyone, switchLanguage),
        ]
    }

    @Sendable func showSignIn(_ request: Request) async throws -> Response {
        if request.viewer.isSignedIn { return request.redirect(to: .home) }
        let model = SignInPage.Query.model(signedOut: request.query[String.self, at: "signedout"],
                                           next: request.query[String.self, at: "next"],
                                           providerError: request.query[String.self, at: "provider_error"], language: request.viewer.language)
        return SignInPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func signIn(_ request: Request) async throws -> Response {
        let viewer = request.viewer
        guard case .success(let form) = try request.content.decode(SignInPage.Form.self).validated(viewer.language) else {
            throw PageError.badRequest
        }
        func refuse(_ message: Text, status: HTTPStatus) -> Response {
            SignInPage.render(.init(email: form.email, next: form.next, error: message(viewer.language), notice: nil), viewer: viewer)
                .response(status: status)
        }

        // An organisation that signs in only through its identity provider: refused before any
        // password is checked, by the address's domain, so the answer says nothing about the account.
        if let only = try await IdentityProviders.onlyProvider(forDomainOf: form.email, on: request.db) {
            return SignInPage.render(.init(email: form.email, next: form.next, error: T.providerOnlyRefusal(viewer.language), notice: nil,
                                           providerLink: SiteURL.signInProviderStart(only.slug).path), viewer: viewer)
                .response(status: .forbidden)
        }
        let settings = request.application.settings
        let pool = request.application.passwordPool
        let address = request.clientAddress
        let now = request.now
        // A place in the password pool first: a flood is answered at once, before any write.
        let admitted = try await pool.admitted {
            try await SignInAttempt.run(email: form.email, password: form.password, address: address, settings: settings, pool: pool,
                                        now: now, on: request.db)
        }
        guard let outcome = admitted else {
            // 429, not 503: the server is well, this client should come back in a moment.
            let response = refuse(T.signInBusy, status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: "5")
            return response
        }
        switch outcome {
        case .addressLimited:
            return refuse(T.signInAddressLimited(minutes: settings.signIn.addressWindowMinutes), status: .tooManyRequests)
        case .refused:
            return refuse(T.signInRefused(threshold: settings.lockoutThreshold, minutes: settings.lockoutMinutes), status: .unauthorized)
        case .signedIn(let person):
            // The same for a person whose address lies outside the provider's domains.
            if let only = try await IdentityProviders.onlyProvider(forOrganisation: person.organisationID, on: request.db) {
                return SignInPage.render(.init(email: form.email, next: form.next, error: T.providerOnlyRefusal(viewer.language), notice: nil,
                                               providerLink: SiteURL.signInProviderStart(only.slug).path), viewer: viewer)
                    .response(status: .forbidden)
            }
            try await request.startSignedInSession(for: person)
            return request.redirect(to: form.next, redirectType: .normal)
        }
    }

    @Sendable func signOut(_ request: Request) async throws -> Response {
        request.auth.logout(Person.self)
        request.session.destroy()
        return request.redirect(to: SiteURL.signIn.path(query: [("signedout", "1")]), redirectType: .normal)
    }

    /// Ends every session of the signed-in person, this one too.
    @Sendable func signOutEverywhere(_ request: Request) async throws -> Response {
        let personID = try request.personID()
        try await request.writeTransaction { db in
            try await request.audit("signout", "person", id: personID, summary: "signed out everywhere", on: db)
            try await Sessions.endAll(personID: personID, on: db)
        }
        request.auth.logout(Person.self)
        request.session.destroy()
        return request.redirect(to: SiteURL.signIn.path(query: [("signedout", "everywhere")]), redirectType: .normal)
    }

    @Sendable func showAccount(_ request: Request) async throws -> Response {
        let model = try await AccountPage.Query.model(personID: try request.personID(), baseURL: request.application.settings.mail.baseURL,
                                                      firm: request.application.settings.timeZone, flash: request.takeFlash(), now: request.now, on: request.db)
        return AccountPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func changePassword(_ request: Request) async throws -> Response {
        let person = try await currentPerson(request)
        let form = try request.content.decode(AccountPage.PasswordForm.self)
        let language = request.viewer.language
        let pool = request.application.passwordPool
        var errors: FieldErrors = [:]
        if !(try await pool.verify(form.current ?? "", created: person.passwordHash)) {
            errors["current"] = T.currentPasswordWrong(language)
        }
        let checked = form.validated(language, email: person.email, organisationName: request.viewer.organisationName ?? "")
        if case .failure(let refused) = checked { errors.merge(refused.fields) { first, _ in first } }
        guard errors.isEmpty, case .success(let valid) = checked else {
            let model = try await AccountPage.Query.model(personID: try person.requireID(), baseURL: request.application.settings.mail.baseURL,
                                                          firm: request.application.settings.timeZone, errors: errors, flash: nil, now: request.now, on: request.db)
            return AccountPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        }
        person.passwordHash = try await pool.hash(valid.new)
        let personID = try person.requireID()
        let current = request.session.id
        try await request.writeTransaction { db in
            try await person.save(on: db)
            // Whoever else was signed in with the old password is signed out.
            try await Sessions.endAll(personID: personID, except: current, on: db)
            try await request.audit("update", "person", id: personID, summary: "password changed", on: db)
        }
        request.flash(T.passwordChangedOthersSignedOut(language))
        return request.redirect(to: .account)
    }

    /// Stores the person's preferred language; an empty choice follows the browser again.
    @Sendable func savePreferredLanguage(_ request: Request) async throws -> Response {
        let person = try await currentPerson(request)
        let form = try request.content.decode(AccountPage.LanguageForm.self)
        guard case .success(let valid) = form.validated(request.viewer.language) else { throw PageError.badRequest }
        person.language = valid.language
        try await request.writeTransaction { db in try await person.save(on: db) }
        request.flash(T.languageSaved(valid.language ?? request.viewer.language))
        let response = request.redirect(to: .account)
        // The header switch's choice would otherwise still win over "follow my browser".
        response.cookies[ViewerMiddleware.languageCookie] = Self.languageCookie(nil, secure: request.application.settings.secureCookies,
                                                                                now: request.now)
        return response
    }

    /// Stores the person's own time zone; the empty choice is the firm's again. An identifier
    /// the page never offered is refused on the page with a message (422), nothing is written.
    @Sendable func saveTimeZone(_ request: Request) async throws -> Response {
        let person = try await currentPerson(request)
        let form = try request.content.decode(AccountPage.TimeZoneForm.self)
        let settings = request.application.settings
        switch form.validated(request.viewer.language) {
        case .failure(let refused):
            let model = try await AccountPage.Query.model(personID: try person.requireID(), baseURL: settings.mail.baseURL,
                                                          firm: settings.timeZone, zoneErrors: refused.fields, flash: nil,
                                                          now: request.now, on: request.db)
            return AccountPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let valid):
            person.timeZone = valid.identifier
            try await request.writeTransaction { db in try await person.save(on: db) }
            request.flash(T.timeZoneSaved(request.viewer.language))
            return request.redirect(to: .account, fragment: "time-zone")
        }
    }

    /// The switch in every page header. For a signed-in person it becomes their setting.
    @Sendable func switchLanguage(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LanguageSwitch.Form.self)
        guard case .success(let valid) = form.validated(request.viewer.language) else { throw PageError.badRequest }
        if let personID = request.viewer.personID, let person = try await Person.find(personID, on: request.db) {
            person.language = valid.language
            try await request.writeTransaction { db in try await person.save(on: db) }
        }
        // A cookie rather than the session, so a visitor's switch writes no session row.
        let response = request.redirect(to: valid.back, redirectType: .normal)
        response.cookies[ViewerMiddleware.languageCookie] = Self.languageCookie(valid.language, secure: request.application.settings.secureCookies,
                                                                                now: request.now)
        return response
    }

    /// The header switch's choice for a year, or a cookie that deletes itself.
    static func languageCookie(_ language: Language?, secure: Bool, now: Date) -> HTTPCookies.Value {
        let age = language == nil ? 0 : 365 * 86_400
        return HTTPCookies.Value(string: language?.rawValue ?? "", expires: now.addingTimeInterval(Double(age)), maxAge: age,
                                 domain: nil, path: SiteURL.home.path, isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    private func currentPerson(_ request: Request) async throws -> Person {
        guard let person = try await Person.find(try request.personID(), on: request.db) else { throw PageError.notFound }
        return person
    }
}
