import Foundation
import MentorCore

extension NewConversationPage {
    enum Query {
        /// The empty form: a week from `now` at ten, for an hour, on the initiative of the one who plans it.
        static func model(pairID: UUID, role: PairRole, now: Date, formats: Formats) -> Model {
            Model(pairID: pairID, isMentor: role == .mentor,
                  form: .init(date: formats.localDay(now.addingTimeInterval(7 * 86_400)), time: "10:00", durationMinutes: "60", place: "",
                              status: "planned", initiative: role == .mentee ? "mentee" : "mentor"))
        }
    }
}
