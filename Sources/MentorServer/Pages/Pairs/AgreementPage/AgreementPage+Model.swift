import Foundation
import MentorCore

/// The expectations agreement of a pair, with its confirmations and revisions.
enum AgreementPage {
    struct Revision: Sendable, Equatable {
        var number: Int
        var at: Date
        var by: String
    }

    struct Model: Sendable, Equatable {
        var pairID: UUID
        var place: PairPlace
        var open: Bool
        var mentorName: String
        var menteeName: String
        /// What the form shows: the stored agreement, or what was sent with its errors.
        var form: Form
        var status: AgreementStatus
        var discussedOn: Date?
        var mentorConfirmedAt: Date?
        var menteeConfirmedAt: Date?
        var revisions: [Revision]
        var errors: FieldErrors = [:]
        var flash: String?

        /// The viewer may confirm once it was discussed out loud, while the pair runs.
        var canConfirm: Bool {
            let own = place == .mentor ? mentorConfirmedAt : menteeConfirmedAt
            return open && own == nil && discussedOn != nil
        }
    }
}

extension AgreementPage.Model {
    static let mock = AgreementPage.Model(
        pairID: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!, place: .mentee, open: true,
        mentorName: "Jeroen & <Partners>", menteeName: "Emma <script>",
        form: .init(menteeExpectations: "Honest <feedback>", mentorExpectations: "Come prepared", frequency: "Monthly",
                    duration: "1 hour", whoPlans: "Mentee", preparation: "", confidentiality: "Stays between us", discussedOn: "2026-01-08"),
        status: .discussed, discussedOn: Date(timeIntervalSince1970: 1_767_830_400),
        mentorConfirmedAt: Date(timeIntervalSince1970: 1_767_900_000), menteeConfirmedAt: nil,
        revisions: [.init(number: 1, at: Date(timeIntervalSince1970: 1_767_800_000), by: "Emma <script>")],
        flash: nil)
}
