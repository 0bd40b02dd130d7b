import Fluent
import Foundation
import Matching

/// A person's matching wish: a mentee's preferred (`wish`) or avoided (`avoid`) mentor,
/// or a mentor's preferred mentee (`prefer`).
final class MatchingPreference: Model, @unchecked Sendable {
    static let schema = "matching_preferences"

    enum Kind: String, Codable, Sendable { case wish, avoid, prefer }

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: Person
    @Field(key: "kind") var kind: Kind
    @Parent(key: "target_id") var target: Person
    @Field(key: "rank") var rank: Int

    init() {}

    init(personID: UUID, kind: Kind, targetID: UUID, rank: Int) {
        self.$person.id = personID
        self.kind = kind
        self.$target.id = targetID
        self.rank = rank
    }
}

/// A coordinator's decision in a matching round: keep this pair, or never propose it.
final class MatchingMark: Model, @unchecked Sendable {
    static let schema = "matching_marks"

    enum Mark: String, Codable, Sendable { case locked, excluded }

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "mentee_id") var mentee: Person
    @Parent(key: "mentor_id") var mentor: Person
    @Field(key: "mark") var mark: Mark

    init() {}

    init(programmeID: UUID, menteeID: UUID, mentorID: UUID, mark: Mark) {
        self.$programme.id = programmeID
        self.$mentee.id = menteeID
        self.$mentor.id = mentorID
        self.mark = mark
    }
}

/// A programme's matching settings, stored as JSON on the programme.
struct ProgrammeMatchingSettings: Codable, Sendable, Equatable {
    var weights = MatchingWeights()
    var rules = MatchingRules()

    static func decode(_ text: String) -> ProgrammeMatchingSettings {
        (try? JSONDecoder().decode(ProgrammeMatchingSettings.self, from: Data(text.utf8))) ?? ProgrammeMatchingSettings()
    }

    var encoded: String { String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self) }
}
