import Fluent
import Foundation
import MentorCore

extension PairsPage {
    enum Query {
        /// The viewer's pairs as mentor and as mentee and, for a coordinator, every pair of the
        /// organisation with the fit check answers counted.
        static func model(viewer: Viewer, flash: String?, on db: any Database) async throws -> Model {
            let personID = try viewer.personID.orThrow()
            let organisationID = try viewer.organisationID.orThrow()
            var model = Model(flash: flash)
            let base = {
                Mentorship.query(on: db).filter(\.$organisation.$id == organisationID)
                    .with(\.$mentor).with(\.$mentee).with(\.$programme).sort(\.$createdAt, .descending)
            }
            if viewer.has(.mentor) { model.asMentor = try await base().filter(\.$mentor.$id == personID).all().compactMap(row) }
            if viewer.has(.mentee) { model.asMentee = try await base().filter(\.$mentee.$id == personID).all().compactMap(row) }
            if viewer.has(.coordinator) {
                model.all = try await base().all().compactMap(row)
                let checks = try await FitCheck.query(on: db).join(Mentorship.self, on: \FitCheck.$mentorship.$id == \Mentorship.$id)
                    .filter(Mentorship.self, \.$organisation.$id == organisationID).all()
                model.fitCounts = FitCounts(good: checks.filter { $0.answer == .goodFit }.count, unsure: checks.filter { $0.answer == .notSure }.count,
                                            bad: checks.filter { $0.answer == .notAGoodFit }.count, comments: checks.filter { !$0.comment.isEmpty }.count)
            }
            return model
        }

        /// A pair loaded with its mentor, mentee and programme.
        static func row(_ pair: Mentorship) -> Row? {
            guard let id = pair.id else { return nil }
            return Row(id: id, mentorName: pair.mentor.name, menteeName: pair.mentee.name, programmeName: pair.programme.name,
                       status: pair.status, requestedBy: pair.requestedBy, startedOn: pair.startedOn)
        }
    }
}
