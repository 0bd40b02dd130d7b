import Foundation
import MentorCore

/// A new person, or one being edited, with the section that sends them a password link.
enum PersonFormPage {
    struct Model: Sendable, Equatable {
        /// What the form shows: the stored account, or what was sent with its errors.
        var form: Form
        var errors: FieldErrors = [:]
        /// Nil for a new person.
        var personID: UUID?
        /// Who can be chosen as line manager (never the person themself).
        var managers: [Manager]
        var flash: String?
        /// The stored name, for the password section of an existing person.
        var personName: String = ""
        var passwordLink: LinkSummary?
        /// The time zones offered; the empty choice names the firm's (`MENTOR_TIMEZONE`).
        var timeZones: [TimeZoneChoice] = []
        var firmTimeZone = "Europe/Amsterdam"
    }

    struct Manager: Sendable, Equatable {
        var id: UUID
        var name: String
    }

    /// The newest password link of the person, for the edit page.
    struct LinkSummary: Sendable, Equatable {
        var sentAt: Date
        var used: Bool
        var open: Bool
    }
}

extension PersonFormPage.Model {
    static let mock = PersonFormPage.Model(
        form: .init(name: "Noor <script>alert(1)</script>", email: "noor@example.org", roles: ["mentee", "mentor"], seniority: "junior",
                    practiceGroup: "Audit & <Partners>", expertise: "VAT\nTransfer pricing", language: "nl", capacity: "3",
                    manager: "00000000-0000-4000-8000-0000000000B1", languages: "nl, en", timeZone: "Europe/London"),
        personID: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!,
        managers: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b1")!, name: "Pieter <Partners> Smit")],
        personName: "Noor <script>alert(1)</script>",
        passwordLink: .init(sentAt: Date(timeIntervalSince1970: 1_790_000_000), used: false, open: true),
        timeZones: TimeZoneChoice.mock)
}
