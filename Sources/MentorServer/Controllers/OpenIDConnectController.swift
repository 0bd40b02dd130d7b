import Vapor
import Fluent
import SQLKit
import MentorCore

/// Signing in through the organisation's identity provider with OpenID Connect (authorization
/// code flow with PKCE, issue 17), and the administrator's settings of that provider.
///
/// A person starts from the sign-in page with their work address (the domain picks the
/// organisation) or from the organisation's own start address, `/signin/provider/<slug>`. The
/// provider sends the browser back to `/signin/callback`. Every refusal ends on the sign-in
/// page with its reason in words and an audit entry of the organisation (when it is known).
struct OpenIDConnectController {
    /// Holds the random value whose SHA-256 finds this browser's `IdentitySignInRequest`.
    static let cookieName = "mentor-oidc"
    /// The time a person has at the provider's pages.
    static let requestLifetime: TimeInterval = 600

    var endpoints: [Endpoint] {
        [
            Endpoint(.POST, .signInProvider, .anyone, startByAddress),
            Endpoint(.GET, .signInProviderStart(.key), .anyone, startByOrganisation),
            Endpoint(.GET, .signInCallback, .anyone, callback),
            Endpoint(.GET, .adminIdentityProvider, .roles([.admin]), showSettings),
            Endpoint(.POST, .adminIdentityProvider, .roles([.admin]), saveSettings),
        ]
    }

    // MARK: Starting

    @Sendable func startByAddress(_ request: Request) async throws -> Response {
        guard case .success(let form) = try request.content.decode(SignInPage.ProviderForm.self).validated(request.viewer.language) else {
            throw PageError.badRequest
        }
        guard let found = try await IdentityProviders.provider(forDomainOf: form.email, on: request.db) else {
            let message = T.identityRefusal(.notConfigured)(request.viewer.language)
            return SignInPage.render(.init(email: form.email, next: form.next, error: message, notice: nil), viewer: request.viewer)
                .response(status: .unprocessableEntity)
        }
        let link = SiteURL.signInProviderStart(found.organisation.slug).path(query: [("next", form.next), ("login_hint", form.email)])
        return SignInPage.render(.init(email: form.email, next: form.next, error: nil, notice: nil, providerContinue: link), viewer: request.viewer)
            .response()
    }

    @Sendable func startByOrganisation(_ request: Request) async throws -> Response {
        let slug = request.parameters.get("token") ?? ""
        let next = Redirects.sameSitePath(request.query[String.self, at: "next"])
        let hint = request.query[String.self, at: "login_hint"].map { String($0.prefix(254)) }
        guard let found = try await IdentityProviders.provider(slug: slug, on: request.db) else { throw PageError.notFound }
        return try await start(found, next: next, loginHint: hint, request)
    }

    /// Stores what the answer must carry and sends the browser to the provider.
    private func start(_ found: IdentityProviders.Found, next: String, loginHint: String?, _ request: Request) async throws -> Response {
        let organisationID = try found.organisation.requireID()
        let discovery: OpenIDDiscovery
        do {
            discovery = try await request.application.openIDProviders.discovery(issuer: found.provider.issuer, client: request.client,
                                                                                 now: request.now)
        } catch {
            return try await refuse(error.refusal, detail: error.detail, organisationID: organisationID, request)
        }
        let browser = SignInSecrets.random(), now = request.now
        let pending = IdentitySignInRequest()
        pending.$organisation.id = organisationID
        pending.browserHash = SignInSecrets.hash(browser)
        pending.state = SignInSecrets.random()
        pending.nonce = SignInSecrets.random()
        pending.codeVerifier = SignInSecrets.random()
        pending.next = next
        pending.createdAt = now
        pending.expiresAt = now.addingTimeInterval(Self.requestLifetime)
        try await request.writeTransaction { db in
            // Sign-ins nobody finished are worthless after their time; cleared as new ones start.
            try await IdentitySignInRequest.query(on: db).filter(\.$expiresAt < now).delete()
            try await pending.create(on: db)
        }
        var query = [("response_type", "code"), ("client_id", found.provider.clientID), ("redirect_uri", redirectURI(request)),
                     ("scope", "openid email profile"), ("state", pending.state), ("nonce", pending.nonce),
                     ("code_challenge", SignInSecrets.challenge(for: pending.codeVerifier)), ("code_challenge_method", "S256")]
        if let loginHint, !loginHint.isEmpty { query.append(("login_hint", loginHint)) }
        let separator = discovery.authorizationEndpoint.contains("?") ? "&" : "?"
        let response = request.redirect(to: discovery.authorizationEndpoint + separator + FormBody.encode(query), redirectType: .normal)
        response.cookies[Self.cookieName] = cookie(browser, maxAge: Int(Self.requestLifetime), request)
        return response
    }

    // MARK: The provider's answer

    struct Answer: Content {
        var code: String?
        var state: String?
        var error: String?
    }

    @Sendable func callback(_ request: Request) async throws -> Response {
        let answer = (try? request.query.decode(Answer.self)) ?? Answer()
        guard let browser = request.cookies[Self.cookieName]?.string, !browser.isEmpty else {
            return try await refuse(.expiredRequest, detail: "no sign-in cookie", organisationID: nil, request)
        }
        let browserHash = SignInSecrets.hash(browser)
        guard let pending = try await IdentitySignInRequest.query(on: request.db).filter(\.$browserHash == browserHash).first() else {
            return try await refuse(.expiredRequest, detail: "no sign-in waiting for this browser", organisationID: nil, request)
        }
        let organisationID = pending.$organisation.id
        // Single use: whoever deletes the row has the sign-in; a second answer finds nothing.
        guard try await claim(browserHash, on: request.db) else {
            return try await refuse(.expiredRequest, detail: "sign-in answered twice", organisationID: organisationID, request)
        }
        guard pending.expiresAt > request.now else {
            return try await refuse(.expiredRequest, detail: "sign-in request expired", organisationID: organisationID, request)
        }
        if let error = answer.error {
            return try await refuse(.providerRefused, detail: "provider error \(error.prefix(60))", organisationID: organisationID, request)
        }
        guard let state = answer.state, IdentityClaimsCheck.constantTimeEqual(state, pending.state) else {
            return try await refuse(.wrongState, detail: "state does not match", organisationID: organisationID, request)
        }
        guard let code = answer.code, !code.isEmpty else {
            return try await refuse(.providerRefused, detail: "answer without code", organisationID: organisationID, request)
        }
        guard let provider = try await IdentityProvider.query(on: request.db).filter(\.$organisation.$id == organisationID).first(),
              provider.isReady else {
            return try await refuse(.notConfigured, detail: "provider switched off", organisationID: organisationID, request)
        }
        let checked: Result<(address: String, name: String?), ProviderFailure>
        do {
            checked = .success(try await verifiedAddress(code: code, pending: pending, provider: provider, request))
        } catch let failure as ProviderFailure {
            checked = .failure(failure)
        }
        switch checked {
        case .failure(let failure):
            return try await refuse(failure.refusal, detail: failure.detail, organisationID: organisationID, request)
        case .success(let person):
            return try await signIn(person.address, name: person.name, provider: provider, next: pending.next, request)
        }
    }

    /// The address the provider vouches for: token exchange, signature, audience, then the claims.
    private func verifiedAddress(code: String, pending: IdentitySignInRequest, provider: IdentityProvider,
                                 _ request: Request) async throws -> (address: String, name: String?) {
        let cache = request.application.openIDProviders
        let discovery = try await cache.discovery(issuer: provider.issuer, client: request.client, now: request.now)
        let key = try await ClientSecretBox.key(request.application.serverSecrets, on: request.db)
        guard let secret = ClientSecretBox.open(provider.clientSecretSealed, key: key) else {
            throw ProviderFailure(refusal: .notConfigured, detail: "stored client secret cannot be opened")
        }
        let token = try await TokenExchange.idToken(code: code, verifier: pending.codeVerifier, redirectURI: redirectURI(request),
                                                    discovery: discovery, clientID: provider.clientID, secret: secret,
                                                    authentication: provider.clientAuthentication, client: request.client)
        let claims = try await IDTokenVerifier.verify(token, discovery: discovery, clientID: provider.clientID, cache: cache,
                                                      client: request.client, now: request.now)
        let expected = IdentityExpectation(issuer: provider.issuer, nonce: pending.nonce, allowedDomains: provider.allowedDomains,
                                           emailClaim: provider.expectedEmailClaim, trustsEmail: provider.trustsEmail)
        switch IdentityClaimsCheck.check(claims, expected: expected, now: request.now) {
        case .success(let address): return (address, claims.name)
        case .failure(let refusal): throw ProviderFailure(refusal: refusal, detail: "claims: \(refusal.rawValue)")
        }
    }

    /// The person of this organisation with the address, or a new mentee when the organisation
    /// allows it; never someone of another organisation, never a deactivated person.
    private func signIn(_ address: String, name: String?, provider: IdentityProvider, next: String, _ request: Request) async throws -> Response {
        let organisationID = provider.$organisation.id
        let existing = try await Person.query(on: request.db).filter(\.$email == address).first()
        let found = existing.map { (organisation: $0.organisationID, active: $0.active) }
        let person: Person
        switch IdentityMatch.decide(organisation: organisationID, found: found, createsPeople: provider.createsPeople) {
        case .refused(let refusal):
            return try await refuse(refusal, detail: "person", organisationID: organisationID, request)
        case .existing:
            guard let existing else { throw PageError.notFound }
            person = existing
        case .create:
            // No password: one can be set later through a password link; "!" matches no bcrypt hash.
            person = Person(organisationID: organisationID, name: IdentityMatch.displayName(name, address: address), email: address, passwordHash: "!identity-provider")
            try await request.writeTransaction { db in
                try await person.create(on: db)
                try await PersonRole(personID: person.requireID(), role: .mentee).create(on: db)
                try await Audit.record("create", "person", id: person.id, summary: "created at first sign-in through the identity provider",
                                       organisationID: organisationID, actorID: person.id, on: db)
            }
        }
        try await request.writeTransaction { db in
            try await Audit.record("oidc-signin", "person", id: person.id, summary: "signed in through the identity provider",
                                   organisationID: organisationID, actorID: person.id, on: db)
        }
        try await request.startSignedInSession(for: person)
        let response = request.redirect(to: next, redirectType: .normal)
        response.cookies[Self.cookieName] = cookie("", maxAge: 0, request)
        return response
    }

    /// Ends on the sign-in page with the reason in the reader's language, never a 500.
    private func refuse(_ refusal: IdentityRefusal, detail: String, organisationID: UUID?, _ request: Request) async throws -> Response {
        request.logger.notice("identity provider sign-in refused: \(refusal.rawValue) (\(detail))")
        if let organisationID {
            try await request.writeTransaction { db in
                try await Audit.record("oidc-refused", "person", id: nil, summary: IdentityRefusalWording.summary(refusal),
                                       organisationID: organisationID, actorID: nil, on: db)
            }
        }
        let response = request.redirect(to: SiteURL.signIn.path(query: [("provider_error", refusal.rawValue)]), redirectType: .normal)
        response.cookies[Self.cookieName] = cookie("", maxAge: 0, request)
        return response
    }

    /// Deletes the waiting sign-in and says whether this request was the one that did.
    private func claim(_ browserHash: String, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.delete(from: IdentitySignInRequest.schema).where("browser_hash", .equal, SQLBind(browserHash))
            .returning("browser_hash").all()
        return !rows.isEmpty
    }

    private func redirectURI(_ request: Request) -> String {
        request.application.settings.mail.baseURL + SiteURL.signInCallback.path
    }

    /// Lax, so it comes along when the provider sends the browser back; only under `/signin`.
    private func cookie(_ value: String, maxAge: Int, _ request: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, expires: request.now.addingTimeInterval(Double(maxAge)), maxAge: maxAge, domain: nil,
                          path: SiteURL.signIn.path, isSecure: request.application.settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    // MARK: The administrator's settings

    @Sendable func showSettings(_ request: Request) async throws -> Response {
        let model = try await IdentityProviderPage.Query.model(organisationID: try request.organisationID(),
                                                               baseURL: request.application.settings.mail.baseURL,
                                                               flash: request.takeFlash(), on: request.db)
        return IdentityProviderPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func saveSettings(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let language = request.viewer.language
        let form = try request.content.decode(IdentityProviderPage.Form.self)
        let stored = try await IdentityProvider.query(on: request.db).filter(\.$organisation.$id == organisationID).first()
        var errors: FieldErrors = [:]
        let checked = form.validated(language)
        if case .failure(let refused) = checked { errors = refused.fields }
        if case .success(let valid) = checked {
            let taken = try await IdentityProviderPage.Query.domainsTaken(valid.allowedDomains, except: organisationID, on: request.db)
            if !taken.isEmpty { errors["allowedDomains"] = T.domainTaken(language) + " " + taken.joined(separator: ", ") }
        }
        guard errors.isEmpty, case .success(let valid) = checked else {
            let model = try await IdentityProviderPage.Query.model(form: form, stored: stored, organisationID: organisationID,
                                                                   baseURL: request.application.settings.mail.baseURL, errors: errors, on: request.db)
            return IdentityProviderPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        }
        let provider = stored ?? IdentityProvider(organisationID: organisationID)
        let oldIssuer = provider.issuer
        provider.enabled = valid.enabled
        provider.issuer = valid.issuer
        provider.clientID = valid.clientID
        if let secret = valid.clientSecret {
            let key = try await ClientSecretBox.key(request.application.serverSecrets, on: request.db)
            provider.clientSecretSealed = try ClientSecretBox.seal(secret, key: key)
            provider.clientSecretHint = ClientSecretBox.hint(secret)
        }
        provider.clientAuthentication = valid.clientAuthentication
        provider.allowedDomainsText = valid.allowedDomains.joined(separator: ", ")
        provider.onlyProvider = valid.onlyProvider
        provider.createsPeople = valid.createsPeople
        provider.emailClaim = valid.emailClaim.rawValue
        provider.trustsEmail = valid.trustsEmail
        try await request.writeTransaction { db in
            try await provider.save(on: db)
            try await request.audit("update", "identity_provider", id: provider.id, summary: "identity provider settings changed", on: db)
        }
        await request.application.openIDProviders.forget(issuer: oldIssuer)
        await request.application.openIDProviders.forget(issuer: provider.issuer)
        request.flash(T.saved(language))
        return request.redirect(to: .adminIdentityProvider)
    }
}
