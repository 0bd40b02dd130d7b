import Plot
import Foundation
import MentorCore

extension ProvisioningPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.provisioningTitle(language), flash: model.flash, content: [
            .h1(.text(T.provisioningTitle(language))),
            .p(.class("lead"), .text(T.provisioningLead(language))),
            .p(.strong(.text(T.provisioningAddress(language) + ": ")), .code(.text(model.address))),
            .p(.text(T.provisioningGroups(language))),
            .unwrap(model.newToken) { token in
                .div(.class("notice"), .p(.text(T.provisioningNewToken(language))), .p(.code(.text(token))))
            },
            .h2(.text(T.provisioningTokens(language))),
            model.tokens.isEmpty ? .p(.class("empty-state"), .text(T.provisioningNoTokens(language))) :
                .div(.class("table-wrap"), .scrollRegion(T.provisioningTokens(language)), .table(
                    .thead(.tr(.th(.text(T.provisioningTokenLabel(language))), .th(.text(T.provisioningCreated(language))),
                               .th(.text(T.provisioningLastUsed(language))), .th(.text(T.provisioningStatus(language))),
                               .th(.text(T.actions(language))))),
                    .tbody(.forEach(model.tokens) { row($0, viewer: viewer) }))),
            Forms.errorSummary(model.errors, language),
            .form(
                .class("stack"), .action(SiteURL.adminProvisioningTokens.path), .method(.post),
                Forms.csrf(viewer),
                Forms.text(T.provisioningTokenLabel(language), name: "label", value: model.form.label ?? "", errors: model.errors,
                           required: true, hint: T.provisioningTokenLabelHint(language)),
                Forms.submit(T.provisioningMakeToken(language))
            ),
        ])
    }

    static func row(_ token: Model.Token, viewer: Viewer) -> Node<HTML.TableContext> {
        let language = viewer.language
        return .tr(.td(.text(token.label)), .td(.text(token.createdAt.map(viewer.formats.dateTime) ?? "–")),
                   .td(.text(token.lastUsedAt.map(viewer.formats.dateTime) ?? T.provisioningNeverUsed(language))),
                   .td(.text(token.revoked ? T.provisioningRevoked(language) : T.provisioningActive(language))),
                   .td(.if(!token.revoked,
                        .form(.class("inline-form"), .action(SiteURL.adminProvisioningTokenRevoke(token.id).path), .method(.post), Forms.csrf(viewer),
                              .button(.type(.submit), .class("link-button"), .text(T.provisioningRevoke(language)))))))
    }
}
