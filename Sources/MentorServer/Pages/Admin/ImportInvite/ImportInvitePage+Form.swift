import Foundation
import Vapor
import MentorCore

extension ImportInvitePage {
    /// The people ticked to receive an invitation.
    struct Form: Content, Sendable, Equatable {
        var people: [String]?

        /// The ids ticked; none (or none readable) is an error.
        func validated(_ language: Language) -> Result<[UUID], FormErrors> {
            let ids = (people ?? []).compactMap(UUID.init(uuidString:))
            return ids.isEmpty ? .failure(FormErrors(["people": T.choosePeopleToInvite(language)])) : .success(ids)
        }
    }
}
