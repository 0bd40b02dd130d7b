import Fluent
import Foundation
import MentorCore

/// Reads about pairs shared by the pair pages, matching and the jobs.
enum PairRows {
    struct MemberNames: Sendable, Equatable {
        var mentor: String
        var mentee: String
    }

    private static let namesStatement: LeanStatement = "SELECT id, name FROM people WHERE id IN ?"

    /// The names of a pair's mentor and mentee, in one read, by column.
    static func memberNames(of pair: Mentorship, on db: any Database) async throws -> MemberNames {
        let people = try await LeanQuery.rows(namesStatement, [.ids([pair.$mentor.id, pair.$mentee.id])], on: db) { row in
            (id: try row.uuid("id"), name: try row.string("name"))
        }
        func name(_ id: UUID) -> String { people.first { $0.id == id }?.name ?? "" }
        return MemberNames(mentor: name(pair.$mentor.id), mentee: name(pair.$mentee.id))
    }

    /// The facts of an agreement the review rules read.
    static func record(_ agreement: Agreement) -> AgreementRecord {
        AgreementRecord(discussedOn: agreement.discussedOn, mentorConfirmedAt: agreement.mentorConfirmedAt, menteeConfirmedAt: agreement.menteeConfirmedAt)
    }

    /// An active person of the organisation, or nil.
    static func member(_ id: UUID, organisationID: UUID, on db: any Database) async throws -> Person? {
        try await Person.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).filter(\.$active == true).first()
    }

    /// How many active pairs each mentor of the organisation has.
    static func activeLoad(organisationID: UUID, on db: any Database) async throws -> [UUID: Int] {
        var load: [UUID: Int] = [:]
        for pair in try await Mentorship.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$status == .active)
            .field(\.$id).field(\.$mentor.$id).all() {
            load[pair.$mentor.id, default: 0] += 1
        }
        return load
    }

    /// The organisation's programmes that have not ended, newest first.
    static func runningProgrammes(organisationID: UUID, now: Date, on db: any Database) async throws -> [Programme] {
        try await Programme.query(on: db).filter(\.$organisation.$id == organisationID)
            .filter(\.$endsOn >= now).sort(\.$startsOn, .descending).all()
    }
}

extension PairRole {
    /// The viewer's place in the pair, in the words of the pair rules.
    var place: PairPlace {
        switch self {
        case .mentor: .mentor
        case .mentee: .mentee
        case .coordinator: .coordinator
        }
    }
}
