import Fluent
import MentorCore
import Foundation

final class Organisation: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "slug") var slug: String
    @Field(key: "default_language") var defaultLanguage: Language
    /// The mentor's target share of talk, as fractions.
    @Field(key: "talk_band_low") var talkBandLow: Double
    @Field(key: "talk_band_high") var talkBandHigh: Double
    /// Days after a pair ended when its conversation content is deleted; nil keeps it.
    @OptionalField(key: "retention_days") var retentionDays: Int?
    /// The highest capacity a mentor may give themselves (migration 017).
    @Field(key: "max_capacity") var maxCapacity: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String, slug: String, defaultLanguage: Language) {
        self.id = id
        self.name = name
        self.slug = slug
        self.defaultLanguage = defaultLanguage
        (self.talkBandLow, self.talkBandHigh) = (TalkBand.standard.lowerBound, TalkBand.standard.upperBound)
        self.maxCapacity = Availability.defaultMaximumCapacity
    }

    var talkBand: ClosedRange<Double> { talkBandLow...max(talkBandLow, talkBandHigh) }
}

final class CoreValue: Model, @unchecked Sendable {
    static let schema = "core_values"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "name_nl") var nameNL: String
    @Field(key: "name_en") var nameEN: String
    @Field(key: "description_nl") var descriptionNL: String
    @Field(key: "description_en") var descriptionEN: String
    @Field(key: "position") var position: Int
    @OptionalField(key: "retired_at") var retiredAt: Date?
    @Children(for: \.$coreValue) var behaviours: [CoreValueBehaviour]

    init() {}

    init(id: UUID? = nil, organisationID: UUID, nameNL: String, nameEN: String,
         descriptionNL: String, descriptionEN: String, position: Int) {
        self.id = id
        self.$organisation.id = organisationID
        self.nameNL = nameNL
        self.nameEN = nameEN
        self.descriptionNL = descriptionNL
        self.descriptionEN = descriptionEN
        self.position = position
    }

    func name(in language: Language) -> String { language == .nl ? nameNL : nameEN }
    func description(in language: Language) -> String { language == .nl ? descriptionNL : descriptionEN }
}

/// Something a person does that shows a core value, in both languages.
final class CoreValueBehaviour: Model, @unchecked Sendable {
    static let schema = "core_value_behaviours"

    @ID(key: .id) var id: UUID?
    @Parent(key: "core_value_id") var coreValue: CoreValue
    @Field(key: "text_nl") var textNL: String
    @Field(key: "text_en") var textEN: String
    @Field(key: "position") var position: Int

    init() {}

    init(id: UUID? = nil, coreValueID: UUID, textNL: String, textEN: String, position: Int) {
        self.id = id
        self.$coreValue.id = coreValueID
        self.textNL = textNL
        self.textEN = textEN
        self.position = position
    }

    func text(in language: Language) -> String { language == .nl ? textNL : textEN }
}
