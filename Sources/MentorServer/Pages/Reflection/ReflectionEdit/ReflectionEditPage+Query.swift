import Fluent
import Foundation
import MentorCore

extension ReflectionEditPage {
    enum Query {
        /// The pairs a reflection of `mentorID` may be about (all but proposed).
        static func pairs(mentorID: UUID, on db: any Database) async throws -> [ReflectionsPage.PairOption] {
            try await Mentorship.query(on: db).filter(\.$mentor.$id == mentorID).filter(\.$status != .proposed).with(\.$mentee).all()
                .map { ReflectionsPage.PairOption(id: try $0.requireID(), menteeName: $0.mentee.name) }
        }

        /// The form filled with what `reflection` says.
        static func form(_ reflection: Reflection, formats: Formats) -> ReflectionsPage.Form {
            ReflectionsPage.Form(mentorship: reflection.$mentorship.id?.uuidString ?? "", from: formats.isoDay(reflection.periodFrom),
                                 to: formats.isoDay(reflection.periodTo), initiative: reflection.initiative, expectations: reflection.expectations,
                                 coreValues: reflection.coreValues, learningGoals: reflection.learningGoals,
                                 focus: reflection.focus ?? "")
        }
    }
}
