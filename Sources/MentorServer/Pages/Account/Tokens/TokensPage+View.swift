import Foundation
import MentorCore
import Plot

extension TokensPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let errors = model.errors
        return Layout.page(viewer, title: T.accessTokens(language), flash: model.flash, content: [
            .p(.a(.href(SiteURL.account.path), .text("← " + T.account(language)))),
            .h1(.text(T.accessTokens(language))),
            .p(.class("lead"), .text(T.accessTokensIntro(language))),
            .unwrap(model.newSecret) { secret in
                .div(.class("notice"), .p(.text(T.accessTokenShownOnce(language))), .p(.code(.id("new-token"), .text(secret))))
            },
            model.tokens.isEmpty ? .p(.text(T.accessTokenNone(language))) : .table(
                .thead(.tr(.th(.text(T.accessTokenName(language))), .th(.text(T.accessTokenScope(language))),
                           .th(.text(T.accessTokenCreated(language))), .th(.text(T.accessTokenLastUsed(language))),
                           .th(.text(T.accessTokenStatus(language))), .th())),
                .tbody(.group(model.tokens.map { row in
                    .tr(.td(.text(row.name), .text(" "), .code(.text(row.prefix + "…"))),
                        .td(.text(scopeName(row.scope)(language))),
                        .td(.text(row.createdAt.map(formats.longDate) ?? "")),
                        .td(.text(row.lastUsedAt.map(formats.dateTime) ?? T.accessTokenNeverUsed(language))),
                        .td(.text(stateName(row.state)(language) + " · " + (row.expiresAt.map(formats.longDate) ?? T.accessTokenNoExpiry(language)))),
                        .td(row.state == .revoked ? .empty : .form(
                            .class("inline-form"), .action(SiteURL.accountTokenRevoke(row.id).path), .method(.post), Forms.csrf(viewer),
                            Forms.submit(T.accessTokenRevoke(language)))))
                }))),
            Forms.errorSummary(errors, language),
            .form(.class("stack"), .action(SiteURL.accountTokens.path), .method(.post), Forms.csrf(viewer),
                  Forms.text(T.accessTokenName(language), name: "name", value: model.form.name ?? "", errors: errors,
                             required: true, hint: T.accessTokenNameHint(language)),
                  Forms.select(T.accessTokenScope(language), name: "scope",
                               options: AccessTokenScope.allCases.map { ($0.rawValue, scopeName($0)(language)) },
                               selected: model.form.scope ?? AccessTokenScope.read.rawValue, errors: errors),
                  Forms.text(T.accessTokenExpires(language), name: "expiresOn", value: model.form.expiresOn ?? "", type: .date,
                             errors: errors, hint: T.accessTokenExpiresHint(language)),
                  Forms.submit(T.accessTokenCreate(language))),
        ])
    }

    static func scopeName(_ scope: AccessTokenScope) -> Text {
        scope == .read ? T.accessTokenScopeRead : T.accessTokenScopeWrite
    }

    static func stateName(_ state: State) -> Text {
        switch state {
        case .active: T.accessTokenActive
        case .revoked: T.accessTokenRevoked
        case .expired: T.accessTokenExpired
        }
    }
}
