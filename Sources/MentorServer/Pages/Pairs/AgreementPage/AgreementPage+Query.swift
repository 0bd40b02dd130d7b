import Fluent
import Foundation
import MentorCore

extension AgreementPage {
    enum Query {
        /// The pair's agreement, its revisions newest first, and the form: the stored texts, or
        /// `sent` with its errors.
        static func model(pair: Mentorship, place: PairPlace, formats: Formats, now: Date, sent: Form? = nil, errors: FieldErrors = [:],
                          flash: String?, on db: any Database) async throws -> Model {
            let pairID = try pair.requireID()
            let agreement = try await Agreement.query(on: db).filter(\.$mentorship.$id == pairID).first()
            let revisions = try await agreement.asyncFlatMap { agreement in
                try await AgreementRevision.query(on: db).filter(\.$agreement.$id == agreement.requireID()).with(\.$editedBy)
                    .sort(\.$revision, .descending).all()
            } ?? []
            let names = try await PairRows.memberNames(of: pair, on: db)
            let stored = agreement.map { agreement in
                Form(menteeExpectations: agreement.menteeExpectations, mentorExpectations: agreement.mentorExpectations,
                     frequency: agreement.frequency, duration: agreement.duration, whoPlans: agreement.whoPlans,
                     preparation: agreement.preparation, confidentiality: agreement.confidentiality,
                     discussedOn: agreement.discussedOn.map(formats.isoDay) ?? "")
            } ?? Form(discussedOn: "")
            return Model(
                pairID: pairID, place: place, open: pair.status != .ended, mentorName: names.mentor, menteeName: names.mentee,
                form: sent ?? stored, status: AgreementReview.status(agreement.map(PairRows.record)),
                discussedOn: agreement?.discussedOn, mentorConfirmedAt: agreement?.mentorConfirmedAt, menteeConfirmedAt: agreement?.menteeConfirmedAt,
                revisions: revisions.map { Revision(number: $0.revision, at: $0.createdAt ?? now, by: $0.editedBy?.name ?? "") },
                errors: errors, flash: flash)
        }
    }
}
