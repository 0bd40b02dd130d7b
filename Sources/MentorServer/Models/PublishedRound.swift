import Fluent
import Foundation

/// One matching round a coordinator published (migration 017): its proposed pairs carry its id
/// (`Mentorship.roundID`), so the round can be undone as a whole while nobody in it has accepted.
final class PublishedRound: Model, @unchecked Sendable {
    static let schema = "published_rounds"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Parent(key: "programme_id") var programme: Programme
    @OptionalParent(key: "published_by") var publishedBy: Person?
    @Field(key: "published_at") var publishedAt: Date
    @Field(key: "pair_count") var pairCount: Int
    @OptionalField(key: "undone_at") var undoneAt: Date?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, programmeID: UUID, publishedBy: UUID?, publishedAt: Date, pairCount: Int) {
        self.id = id
        self.$organisation.id = organisationID
        self.$programme.id = programmeID
        self.$publishedBy.id = publishedBy
        self.publishedAt = publishedAt
        self.pairCount = pairCount
    }
}
