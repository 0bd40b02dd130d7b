import Fluent
import Foundation
import MentorCore

extension ReflectionsPage {
    enum Query {
        /// The mentor's pairs (all but proposed) and reflections, newest first.
        static func model(mentorID: UUID, form: Form?, errors: FieldErrors = [:], formats: Formats, now: Date, flash: String?,
                          on db: any Database) async throws -> Model {
            let pairs = try await Mentorship.query(on: db).filter(\.$mentor.$id == mentorID).filter(\.$status != .proposed).with(\.$mentee).all()
            let options = try pairs.map { PairOption(id: try $0.requireID(), menteeName: $0.mentee.name) }
            let names = Dictionary(options.map { ($0.id, $0.menteeName) }, uniquingKeysWith: { first, _ in first })
            let saved = try await Reflection.query(on: db).filter(\.$mentor.$id == mentorID)
                .sort(\.$periodTo, .descending).sort(\.$createdAt, .descending).all()
            let shown = form ?? Form(from: formats.isoDay(now.addingTimeInterval(-91 * 86_400)), to: formats.isoDay(now))
            return Model(
                pairs: options,
                reflections: saved.map { reflection in
                    Item(id: reflection.id!, from: reflection.periodFrom, to: reflection.periodTo, mentee: reflection.$mentorship.id.flatMap { names[$0] },
                         answers: [reflection.initiative, reflection.expectations, reflection.coreValues, reflection.learningGoals],
                         focus: reflection.focus.flatMap(Focus.init(rawValue:)))
                },
                form: shown, errors: errors, flash: flash)
        }
    }
}
