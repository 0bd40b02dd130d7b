import Plot
import MentorCore

enum OrganisationPage {
    static func render(form: OrganisationAdminController.Form, errors: FieldErrors, viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.organisationSettings(language), flash: flash, content: [
            .h1(.text(T.organisationSettings(language))),
            Forms.errorSummary(errors, language),
            .form(
                .class("stack"), .action("/admin/organisation"), .method(.post),
                Forms.csrf(viewer),
                Forms.text(T.organisationName(language), name: "name", value: form.name ?? "", errors: errors, required: true),
                Forms.select(T.defaultLanguage(language), name: "defaultLanguage",
                             options: Language.allCases.map { ($0.rawValue, T.languageName($0)(language)) },
                             selected: form.defaultLanguage ?? "", errors: errors, hint: T.defaultLanguageHint(language)),
                Forms.text(T.talkBandLow(language), name: "talkBandLow", value: form.talkBandLow ?? "25", type: .number, errors: errors),
                Forms.text(T.talkBandHigh(language), name: "talkBandHigh", value: form.talkBandHigh ?? "45", type: .number, errors: errors),
                Forms.text(T.retentionDays(language), name: "retentionDays", value: form.retentionDays ?? "", type: .number, errors: errors),
                .p(.class("muted"), .text(T.retentionHint(language))),
                Forms.submit(T.save(language))
            ),
        ])
    }
}
