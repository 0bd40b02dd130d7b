import Plot
import MentorCore

extension OrganisationPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language, form = model.form, errors = model.errors
        return Layout.page(viewer, title: T.organisationSettings(language), flash: model.flash, content: [
            .h1(.text(T.organisationSettings(language))),
            .p(.a(.href(SiteURL.adminIdentityProvider.path), .text(T.identityProviderLink(language)))),
            Forms.errorSummary(errors, language),
            .form(
                .class("stack"), .action(SiteURL.adminOrganisation.path), .method(.post),
                Forms.csrf(viewer),
                Forms.text(T.organisationName(language), name: "name", value: form.name ?? "", errors: errors, required: true),
                Forms.select(T.defaultLanguage(language), name: "defaultLanguage",
                             options: Language.allCases.map { ($0.rawValue, T.languageName($0)(language)) },
                             selected: form.defaultLanguage ?? "", errors: errors, hint: T.defaultLanguageHint(language)),
                Forms.text(T.talkBandLow(language), name: "talkBandLow", value: form.talkBandLow ?? String(TalkBand.standardPercent.lowerBound), type: .number, errors: errors),
                Forms.text(T.talkBandHigh(language), name: "talkBandHigh", value: form.talkBandHigh ?? String(TalkBand.standardPercent.upperBound), type: .number, errors: errors),
                Forms.text(T.retentionDays(language), name: "retentionDays", value: form.retentionDays ?? "", type: .number, errors: errors),
                .p(.class("muted"), .text(T.retentionHint(language))),
                Forms.text(T.maxCapacity(language), name: "maxCapacity", value: form.maxCapacity ?? "\(Availability.defaultMaximumCapacity)",
                           type: .number, errors: errors, hint: T.maxCapacityHint(language)),
                Forms.submit(T.save(language))
            ),
            .p(.a(.href(SiteURL.adminProvisioning.path), .text(T.provisioningLink(language)))),
        ])
    }
}
