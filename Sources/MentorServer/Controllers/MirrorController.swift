import Vapor
import Fluent
import MentorCore

/// The mentor's mirror, their reflections, and the mentee's own progress summary.
struct MirrorController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .mirror, .roles([.mentor]), overview),
            Endpoint(.GET, .pairMirror(.key), .roles([.mentor]), pairMirror),
            Endpoint(.GET, .reflections, .roles([.mentor]), reflections),
            Endpoint(.POST, .reflections, .roles([.mentor]), saveReflection),
            Endpoint(.GET, .progress(pair: .key), .roles([.mentee]), progress),
        ]
    }

    /// The period from `?from=&to=` (days, inclusive), else the last six months.
    static func settings(_ request: Request, band: ClosedRange<Double>) throws -> MirrorSettings {
        let formats = request.viewer.formats
        let now = request.now
        var settings = MirrorSettings.lastSixMonths(now: now, talkBand: band)
        let fromText = request.query[String.self, at: "from"] ?? "", toText = request.query[String.self, at: "to"] ?? ""
        if fromText.isEmpty && toText.isEmpty { return settings }
        let from = fromText.isEmpty ? settings.period.start : formats.parseDay(fromText)
        let to = toText.isEmpty ? now : formats.parseDay(toText).map { $0.addingTimeInterval(86_399) }
        guard let from, let to, from < to else { throw UserError(.badRequest, T.periodInvalid) }
        settings.period = DateInterval(start: from, end: to)
        return settings
    }

    /// Every figure for one of the viewer's pairs, or for all of them.
    static func mirrors(_ request: Request, mentorshipID: UUID?) async throws -> (mirrors: [Mirror], overall: Mirror?, loaded: MirrorQuery.Loaded, settings: MirrorSettings) {
        let loaded = try await MirrorQuery.load(mentorID: try request.personID(), organisationID: try request.organisationID(),
                                                mentorshipID: mentorshipID, language: request.viewer.language, on: request.db)
        let settings = try settings(request, band: loaded.talkBand)
        let mirrors = loaded.pairs.map { Mirror.compute($0, values: loaded.values, settings: settings) }
        var overall: Mirror?
        if loaded.pairs.count > 1 {
            // Across mentees: the same formulas over all pairs' records together.
            let merged = PairRecord(pairID: UUID(), menteeName: "",
                                    conversations: loaded.pairs.flatMap(\.conversations), actions: loaded.pairs.flatMap(\.actions),
                                    observations: loaded.pairs.flatMap(\.observations))
            overall = Mirror.compute(merged, values: [], settings: settings)
        }
        return (mirrors, overall, loaded, settings)
    }

    @Sendable func overview(_ request: Request) async throws -> Response {
        let (mirrors, overall, loaded, settings) = try await Self.mirrors(request, mentorshipID: nil)
        let model = MirrorOverviewPage.Model(mirrors: mirrors, overall: overall, band: loaded.talkBand, period: settings.period)
        return MirrorOverviewPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func pairMirror(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor])
        let (mirrors, _, loaded, settings) = try await Self.mirrors(request, mentorshipID: context.pairID)
        guard let mirror = mirrors.first else { throw PageError.notFound }
        let organisationID = try request.organisationID()
        let vocabulary = try await Vocabulary.load(organisationID: organisationID, on: request.db)
        let guidance = try await Self.guidance(organisationID: organisationID, patterns: mirror.attitude.patterns.map(\.pattern),
                                               language: request.viewer.language, on: request.db)
        let model = MirrorPage.Model(mirror: mirror, band: loaded.talkBand, period: settings.period, values: loaded.values,
                                     patternNames: Dictionary(uniqueKeysWithValues: mirror.attitude.patterns.map { ($0.pattern, vocabulary.patternName($0.pattern, request.viewer.language)) }),
                                     themeNames: Dictionary(mirror.learningGoals.compactMap { goal in goal.theme.map { ($0, vocabulary.themeName($0, request.viewer.language) ?? $0) } }, uniquingKeysWith: { a, _ in a }),
                                     guidance: guidance)
        return MirrorPage.render(model, viewer: request.viewer).response()
    }

    /// The organisation's guidance per pattern, else the built-in text, in the reader's language.
    static func guidance(organisationID: UUID, patterns: [String], language: Language, on db: any Database) async throws -> [String: String] {
        let custom = try await AttitudeGuidance.query(on: db).filter(\.$organisation.$id == organisationID).all()
        var result: [String: String] = [:]
        for pattern in patterns {
            if let own = custom.first(where: { $0.pattern == pattern }) {
                let text = language == .nl ? own.textNL : own.textEN
                if !text.isEmpty { result[pattern] = text; continue }
            }
            if let builtIn = AttitudePattern(rawValue: pattern) { result[pattern] = T.guidance(builtIn)(language) }
        }
        return result
    }

    // MARK: Reflections

    @Sendable func reflections(_ request: Request) async throws -> Response {
        try await renderReflections(request, values: [:], errors: [:], status: .ok)
    }

    private func renderReflections(_ request: Request, values: [String: String], errors: FieldErrors, status: HTTPStatus) async throws -> Response {
        let mentorID = try request.personID()
        let pairs = try await Mentorship.query(on: request.db).filter(\.$mentor.$id == mentorID).filter(\.$status != .proposed).with(\.$mentee).all()
        let names = Dictionary(uniqueKeysWithValues: pairs.map { ($0.id!, $0.mentee.name) })
        let saved = try await Reflection.query(on: request.db).filter(\.$mentor.$id == mentorID).sort(\.$periodTo, .descending).sort(\.$createdAt, .descending).all()
        let formats = request.viewer.formats
        var defaults = values
        if defaults.isEmpty {
            defaults = ["from": formats.isoDay(request.now.addingTimeInterval(-91 * 86_400)), "to": formats.isoDay(request.now)]
        }
        let model = ReflectionsPage.Model(
            pairs: pairs.map { ($0.id!, $0.mentee.name) },
            reflections: saved.map { ReflectionsPage.Item(from: $0.periodFrom, to: $0.periodTo, mentee: $0.$mentorship.id.flatMap { names[$0] },
                                                          answers: [$0.initiative, $0.expectations, $0.coreValues, $0.learningGoals]) },
            values: defaults, errors: errors)
        return ReflectionsPage.render(model, viewer: request.viewer, flash: request.takeFlash()).response(status: status)
    }

    static let answerFields = ["initiative", "expectations", "coreValues", "learningGoals"]

    @Sendable func saveReflection(_ request: Request) async throws -> Response {
        let language = request.viewer.language
        let formats = request.viewer.formats
        var values: [String: String] = [:]
        for field in ["from", "to", "mentorship"] + Self.answerFields { values[field] = request.field(field) }
        var errors: FieldErrors = [:]
        let from = formats.parseDay(values["from"]!), to = formats.parseDay(values["to"]!)
        if from == nil { errors["from"] = T.invalidDay(language) }
        if to == nil { errors["to"] = T.invalidDay(language) }
        if let from, let to, to < from { errors["to"] = T.periodInvalid(language) }
        if Self.answerFields.allSatisfy({ values[$0]!.isEmpty }) { errors["initiative"] = T.reflectionEmpty(language) }
        var mentorshipID: UUID?
        if !values["mentorship"]!.isEmpty {
            mentorshipID = try await request.pairContext(UUID(uuidString: values["mentorship"]!), allow: [.mentor]).pairID
        }
        guard errors.isEmpty, let from, let to else { return try await renderReflections(request, values: values, errors: errors, status: .unprocessableEntity) }
        let reflection = Reflection()
        reflection.$mentor.id = try request.personID()
        reflection.$mentorship.id = mentorshipID
        reflection.periodFrom = from
        reflection.periodTo = to
        reflection.initiative = values["initiative"]!
        reflection.expectations = values["expectations"]!
        reflection.coreValues = values["coreValues"]!
        reflection.learningGoals = values["learningGoals"]!
        try await request.db.transaction { db in
            try await reflection.create(on: db)
            try await request.audit("create", "reflection", id: reflection.id, summary: "reflection written", on: db)
        }
        request.flash(T.reflectionSaved(language))
        return request.redirect(to: "/mirror/reflections")
    }

    // MARK: The mentee's own summary

    @Sendable func progress(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentee])
        try await context.pair.$mentor.load(on: request.db)
        let loaded = try await MirrorQuery.load(mentorID: context.pair.$mentor.id, organisationID: try request.organisationID(),
                                                mentorshipID: context.pairID, language: request.viewer.language, on: request.db)
        let settings = try Self.settings(request, band: loaded.talkBand)
        guard let pair = loaded.pairs.first else { throw PageError.notFound }
        let mirror = Mirror.compute(pair, values: [], settings: settings)
        let vocabulary = try await Vocabulary.load(organisationID: try request.organisationID(), on: request.db)
        let model = ProgressPage.Model(pairID: context.pairID, mentorName: context.pair.mentor.name, period: settings.period,
                                       directedness: mirror.goalDirectedness, goals: mirror.learningGoals,
                                       themeNames: Dictionary(mirror.learningGoals.compactMap { goal in goal.theme.map { ($0, vocabulary.themeName($0, request.viewer.language) ?? $0) } }, uniquingKeysWith: { a, _ in a }),
                                       initiative: mirror.conversationInitiative, agenda: mirror.agendaInitiative)
        return ProgressPage.render(model, viewer: request.viewer).response()
    }
}
