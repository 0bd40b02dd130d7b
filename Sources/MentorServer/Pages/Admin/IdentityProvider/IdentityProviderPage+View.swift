import Plot
import MentorCore

extension IdentityProviderPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language, form = model.form, errors = model.errors
        let yesNo: [(value: String, label: String)] = [("yes", T.yes(language)), ("no", T.no(language))]
        return Layout.page(viewer, title: T.identityProvider(language), flash: model.flash, content: [
            .h1(.text(T.identityProvider(language))),
            .p(.class("muted"), .text(T.identityProviderLead(language))),
            .dl(
                .dt(.text(T.redirectURI(language))), .dd(.code(.text(model.redirectURI))),
                .dt(.text(T.startURL(language))), .dd(.code(.text(model.startURL)))
            ),
            Forms.errorSummary(errors, language),
            .form(
                .class("stack"), .action(SiteURL.adminIdentityProvider.path), .method(.post),
                .attribute(named: "autocomplete", value: "off"),
                Forms.csrf(viewer),
                Forms.select(T.providerEnabled(language), name: "enabled",
                             options: [("yes", T.providerOn(language)), ("no", T.providerOff(language))],
                             selected: form.enabled ?? "no", errors: errors),
                Forms.text(T.issuerURL(language), name: "issuer", value: form.issuer ?? "", type: .url, errors: errors,
                           hint: T.issuerHint(language)),
                Forms.text(T.clientID(language), name: "clientID", value: form.clientID ?? "", errors: errors),
                Forms.text(T.clientSecret(language), name: "clientSecret", value: "", type: .password, errors: errors,
                           autocomplete: "new-password", hint: T.clientSecretHint(stored: model.secretHint)(language)),
                Forms.select(T.clientAuthentication(language), name: "clientAuthentication",
                             options: [(IdentityProvider.ClientAuthentication.post.rawValue, T.clientSecretPost(language)),
                                       (IdentityProvider.ClientAuthentication.basic.rawValue, T.clientSecretBasic(language))],
                             selected: form.clientAuthentication ?? "", errors: errors),
                Forms.text(T.allowedDomains(language), name: "allowedDomains", value: form.allowedDomains ?? "", errors: errors,
                           hint: T.allowedDomainsHint(language)),
                Forms.select(T.onlyProvider(language), name: "onlyProvider", options: yesNo, selected: form.onlyProvider ?? "no",
                             errors: errors, hint: T.onlyProviderHint(language)),
                Forms.select(T.createsPeople(language), name: "createsPeople",
                             options: [("mentee", T.createsMentee(language)), ("none", T.createsNobody(language))],
                             selected: form.createsPeople ?? "none", errors: errors),
                Forms.select(T.emailClaim(language), name: "emailClaim",
                             options: [(IdentityExpectation.EmailClaim.email.rawValue, T.emailClaimEmail(language)),
                                       (IdentityExpectation.EmailClaim.preferredUsername.rawValue, T.emailClaimPreferred(language))],
                             selected: form.emailClaim ?? "", errors: errors),
                Forms.select(T.trustsEmail(language), name: "trustsEmail", options: yesNo, selected: form.trustsEmail ?? "no",
                             errors: errors, hint: T.trustsEmailHint(language)),
                Forms.submit(T.save(language))
            ),
        ])
    }
}
