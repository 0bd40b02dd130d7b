import Foundation
import MentorCore

/// A new programme, or one being edited: its dates, cadence and how pairs are matched.
enum ProgrammeFormPage {
    struct Model: Sendable, Equatable {
        var form: Form
        var errors: FieldErrors = [:]
        /// Nil for a new programme.
        var programmeID: UUID?
    }
}

extension ProgrammeFormPage.Model {
    static let mock = ProgrammeFormPage.Model(
        form: .init(name: "Voorjaar <Partners> 2027", startsOn: "2027-01-04", endsOn: "2027-06-30", cadenceDays: "28", pulseIntervalDays: "60", requestTimeoutDays: "21",
                    matchingMode: "mentee_choice", idealGap: "2", groupRule: "either", weights: ["35", "15", "10", "10", "20", "10"]),
        programmeID: UUID(uuidString: "00000000-0000-4000-8000-0000000000d1")!)
}
