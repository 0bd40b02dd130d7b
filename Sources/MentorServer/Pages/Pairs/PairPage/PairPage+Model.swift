import Foundation
import MentorCore

/// One pair. The mentor and mentee see their shared space; a coordinator sees dates,
/// status and counts only.
enum PairPage {
    struct Model: Sendable, Equatable {
        struct ConversationRow: Sendable, Equatable {
            var id: UUID
            var at: Date
            var status: ConversationStatus
            var initiative: PairSide
        }

        struct GoalRow: Sendable, Equatable {
            var id: UUID
            var title: String
            var status: GoalStatus
            var theme: String?
        }

        struct ActionRow: Sendable, Equatable {
            var text: String
            var owner: PairSide
            var due: Date?
        }

        var id: UUID
        var place: PairPlace
        var mentorName: String
        var menteeName: String
        var programmeName: String
        var status: MentorshipStatus
        var requestedBy: PairSide?
        var startedOn: Date?
        var endedOn: Date?
        var endReason: String?
        var declineReason: String?
        var agreementStatus: AgreementStatus
        var agreementDiscussedOn: Date?
        /// Newest first.
        var conversations: [ConversationRow]
        var goals: [GoalRow] = []
        var openActions: [ActionRow] = []
        var fitCheck: FitAnswer?
        var flash: String?
        /// How a proposed pair came about and who has accepted it (issue 15); who declined it.
        var standing: PairStanding = .request
        var declinedBy: PairSide?

        var heldCount: Int { conversations.filter { $0.status == .held }.count }
        /// What the viewer may do here: the same rule the controller enforces.
        var actions: PairActions { PairActions.of(status: status, place: place, heldConversations: heldCount, standing: standing) }
    }
}

extension PairPage.Model {
    static let mock = PairPage.Model(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!, place: .mentor,
        mentorName: "Jeroen <script>alert(1)</script>", menteeName: "Emma & <Partners>", programmeName: "Programma <2026>",
        status: .active, requestedBy: .mentee, startedOn: Date(timeIntervalSince1970: 1_767_225_600),
        agreementStatus: .discussed, agreementDiscussedOn: Date(timeIntervalSince1970: 1_767_830_400),
        conversations: [
            .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c2")!, at: Date(timeIntervalSince1970: 1_770_000_000), status: .planned, initiative: .mentee),
            .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c1")!, at: Date(timeIntervalSince1970: 1_768_000_000), status: .held, initiative: .mentor),
        ],
        goals: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000d1")!, title: "Plan <my> week", status: .open, theme: "Werkorganisatie")],
        openActions: [.init(text: "Draft a <plan>", owner: .mentee, due: Date(timeIntervalSince1970: 1_770_500_000))],
        fitCheck: nil, flash: "Opgeslagen")
}
