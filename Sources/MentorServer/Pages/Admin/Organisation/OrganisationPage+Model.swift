import Foundation
import MentorCore

/// The administrator's settings of their organisation: name, language, talk band, retention.
enum OrganisationPage {
    struct Model: Sendable, Equatable {
        /// What the form shows: the stored settings, or what was sent with its errors.
        var form: Form
        var errors: FieldErrors = [:]
        var flash: String?
    }
}

extension OrganisationPage.Model {
    static let mock = OrganisationPage.Model(
        form: .init(name: "Van Dijk & <Partners>", defaultLanguage: "nl", talkBandLow: "25", talkBandHigh: "45", retentionDays: "730"),
        flash: "Opgeslagen")
}
