import Vapor
import Fluent
import MentorCore
import Matching

struct ProgrammeAdminController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminProgrammes, .roles([.admin]), list),
            Endpoint(.GET, .adminProgrammeNew, .roles([.admin]), new),
            Endpoint(.POST, .adminProgrammes, .roles([.admin]), create),
            Endpoint(.GET, .adminProgrammeEdit(.key), .roles([.admin]), edit),
            Endpoint(.POST, .adminProgramme(.key), .roles([.admin]), update),
        ]
    }

    struct Form: Content {
        var name: String?
        var startsOn: String?
        var endsOn: String?
        var cadenceDays: String?
        var pulseIntervalDays: String?
        var matchingMode: String?
        var idealGap: String?
        var groupRule: String?
        var weights: [String]?
    }

    static func formWeights(_ weights: MatchingWeights) -> [String] {
        [weights.expertise, weights.seniority, weights.practiceGroup, weights.language, weights.menteeWish, weights.mentorPreference]
            .map { String(Int(($0 * 100).rounded())) }
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let rows = try await ProgrammeQuery.programmeRows(organisationID: try request.organisationID(), on: request.db)
        return ProgrammesPage.render(rows.map { ($0.id, $0) }, viewer: request.viewer, flash: request.takeFlash()).response()
    }

    @Sendable func new(_ request: Request) async throws -> Response {
        ProgrammeFormPage.render(form: Form(cadenceDays: "28", pulseIntervalDays: "60", matchingMode: "coordinator", idealGap: "1", groupRule: "either",
                                            weights: Self.formWeights(MatchingWeights())),
                                 errors: [:], programmeID: nil, viewer: request.viewer).response()
    }

    @Sendable func edit(_ request: Request) async throws -> Response {
        let programme = try await load(request)
        let formats = request.viewer.formats
        let settings = programme.matchingSettings
        let form = Form(name: programme.name, startsOn: formats.isoDay(programme.startsOn), endsOn: formats.isoDay(programme.endsOn),
                        cadenceDays: "\(programme.cadenceDays)", pulseIntervalDays: "\(programme.pulseIntervalDays)", matchingMode: programme.matchingMode,
                        idealGap: "\(settings.rules.idealSeniorityGap)", groupRule: settings.rules.practiceGroup.rawValue,
                        weights: Self.formWeights(settings.weights))
        return ProgrammeFormPage.render(form: form, errors: [:], programmeID: programme.id, viewer: request.viewer).response()
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let (checked, errors) = validate(form, viewer: request.viewer)
        guard let checked else {
            return ProgrammeFormPage.render(form: form, errors: errors, programmeID: nil, viewer: request.viewer).response(status: .unprocessableEntity)
        }
        let programme = Programme(organisationID: try request.organisationID(), name: checked.name, startsOn: checked.startsOn,
                                  endsOn: checked.endsOn, cadenceDays: checked.cadenceDays)
        programme.matchingMode = checked.matchingMode
        programme.matchingSettingsText = checked.matching.encoded
        programme.pulseIntervalDays = checked.pulseIntervalDays
        try await request.db.transaction { db in
            try await programme.create(on: db)
            try await request.audit("create", "programme", id: programme.id, summary: checked.name, on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/admin/programmes")
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let programme = try await load(request)
        let form = try request.content.decode(Form.self)
        let (checked, errors) = validate(form, viewer: request.viewer)
        guard let checked else {
            return ProgrammeFormPage.render(form: form, errors: errors, programmeID: programme.id, viewer: request.viewer).response(status: .unprocessableEntity)
        }
        programme.name = checked.name
        programme.startsOn = checked.startsOn
        programme.endsOn = checked.endsOn
        programme.cadenceDays = checked.cadenceDays
        programme.pulseIntervalDays = checked.pulseIntervalDays
        programme.matchingMode = checked.matchingMode
        programme.matchingSettingsText = checked.matching.encoded
        try await request.db.transaction { db in
            try await programme.save(on: db)
            try await request.audit("update", "programme", id: programme.id, summary: checked.name, on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/admin/programmes")
    }

    struct Checked {
        var name: String
        var startsOn: Date
        var endsOn: Date
        var cadenceDays: Int
        var pulseIntervalDays: Int
        var matchingMode: String
        var matching: ProgrammeMatchingSettings
    }

    func validate(_ form: Form, viewer: Viewer) -> (Checked?, FieldErrors) {
        let language = viewer.language
        var errors: FieldErrors = [:]
        let name = (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors["name"] = T.required(language) }
        let startsOn = viewer.formats.parseDay(form.startsOn ?? "")
        if startsOn == nil { errors["startsOn"] = T.invalidDay(language) }
        let endsOn = viewer.formats.parseDay(form.endsOn ?? "")
        if endsOn == nil { errors["endsOn"] = T.invalidDay(language) }
        if let startsOn, let endsOn, endsOn <= startsOn { errors["endsOn"] = T.endBeforeStart(language) }
        let cadence = Int((form.cadenceDays ?? "").trimmingCharacters(in: .whitespaces))
        if cadence == nil || !(7...180).contains(cadence!) { errors["cadenceDays"] = T.cadenceInvalid(language) }
        let pulseText = (form.pulseIntervalDays ?? "60").trimmingCharacters(in: .whitespaces)
        let pulse = Int(pulseText.isEmpty ? "60" : pulseText)
        if pulse == nil || !(14...365).contains(pulse!) { errors["pulseIntervalDays"] = T.pulseIntervalInvalid(language) }
        let mode = form.matchingMode ?? "coordinator"
        if !["coordinator", "mentee_choice"].contains(mode) { errors["matchingMode"] = T.required(language) }
        var matching = ProgrammeMatchingSettings()
        matching.rules.idealSeniorityGap = form.idealGap == "2" ? 2 : 1
        matching.rules.practiceGroup = MatchingRules.GroupRule(rawValue: form.groupRule ?? "either") ?? .either
        if let texts = form.weights, !texts.isEmpty {
            let numbers = texts.map { Int($0.trimmingCharacters(in: .whitespaces)) }
            if numbers.count != 6 || numbers.contains(where: { $0 == nil || !(0...100).contains($0!) }) || numbers.compactMap({ $0 }).reduce(0, +) == 0 {
                errors["weights"] = T.weightsInvalid(language)
            } else {
                let w = numbers.map { Double($0!) / 100 }
                matching.weights = MatchingWeights(expertise: w[0], seniority: w[1], practiceGroup: w[2], language: w[3], menteeWish: w[4], mentorPreference: w[5])
            }
        }
        guard errors.isEmpty, let startsOn, let endsOn, let cadence, let pulse else { return (nil, errors) }
        return (Checked(name: name, startsOn: startsOn, endsOn: endsOn, cadenceDays: cadence, pulseIntervalDays: pulse, matchingMode: mode, matching: matching), [:])
    }

    private func load(_ request: Request) async throws -> Programme {
        try await request.ownRecord(Programme.self, \.$organisation)
    }
}
