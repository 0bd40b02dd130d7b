import Vapor
import Fluent
import Foundation

/// The retention job: when an organisation sets a retention period, the conversation content
/// of pairs that ended longer ago is deleted. Dates, statuses, who took the initiative, talk
/// shares, scores and counts stay, so programme figures remain; the texts go.
enum Retention {
    /// Returns how many pairs were cleared.
    static func run(now: Date, on db: any Database) async throws -> Int {
        var cleared = 0
        for organisation in try await Organisation.query(on: db).filter(\.$retentionDays != nil).all() {
            guard let days = organisation.retentionDays else { continue }
            let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
            let pairs = try await Mentorship.query(on: db).filter(\.$organisation.$id == organisation.id!).filter(\.$status == .ended)
                .filter(\.$endedOn != nil).filter(\.$endedOn <= cutoff).filter(\.$contentDeletedAt == nil).all()
            for pair in pairs {
                try await db.transaction { db in try await clear(pair, now: now, on: db) }
                try await Audit.record("retention", "mentorship", id: pair.id, summary: "conversation content deleted after \(days) days",
                                       organisationID: organisation.id!, actorID: nil, on: db)
                cleared += 1
            }
        }
        return cleared
    }

    /// Deletes the texts of one pair's conversations, agreement and goals.
    static func clear(_ pair: Mentorship, now: Date, on db: any Database) async throws {
        let id = pair.id!
        let conversationIDs = try await Conversation.query(on: db).filter(\.$mentorship.$id == id).all(\.$id)
        try await Conversation.query(on: db).filter(\.$mentorship.$id == id).set(\.$sharedNotes, to: "").set(\.$privateNotes, to: "").set(\.$place, to: "").update()
        try await AgendaItem.query(on: db).filter(\.$conversation.$id ~~ conversationIDs).delete()
        try await ActionItem.query(on: db).filter(\.$mentorship.$id == id).set(\.$text, to: "").update()
        try await GoalEvidence.query(on: db).filter(\.$conversation.$id ~~ conversationIDs).set(\.$text, to: "").update()
        try await ValueScore.query(on: db).filter(\.$conversation.$id ~~ conversationIDs).set(\.$behaviour, to: "").update()
        try await AttitudeObservation.query(on: db).filter(\.$conversation.$id ~~ conversationIDs).set(\.$note, to: "").update()
        for analysis in try await TranscriptAnalysis.query(on: db).filter(\.$conversation.$id ~~ conversationIDs).all() {
            // Every speaker's name goes, not only the two mapped ones: a guest's too.
            try analysis.anonymise()
            try await analysis.save(on: db)
        }
        try await LearningGoal.query(on: db).filter(\.$mentorship.$id == id).set(\.$description, to: "").set(\.$successCriteria, to: "")
            .set(\.$mentorComment, to: "").update()
        try await FitCheck.query(on: db).filter(\.$mentorship.$id == id).set(\.$comment, to: "").update()
        if let agreement = try await Agreement.query(on: db).filter(\.$mentorship.$id == id).first() {
            for field in [\Agreement.$menteeExpectations, \.$mentorExpectations, \.$frequency, \.$duration, \.$whoPlans, \.$preparation, \.$confidentiality] {
                agreement[keyPath: field].value = ""
            }
            try await agreement.save(on: db)
            try await AgreementRevision.query(on: db).filter(\.$agreement.$id == agreement.id!).delete()
        }
        pair.contentDeletedAt = now
        try await pair.save(on: db)
    }
}
