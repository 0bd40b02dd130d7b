import Vapor
import Fluent
import MentorCore
import Matching

/// Matching in the product: the coordinator's proposal for a programme, locks and
/// exclusions, publishing; each person's wishes; and suggestions for mentees.
struct MatchingController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .matching(programme: .key), .roles([.coordinator]), review),
            Endpoint(.POST, .matchingMark(programme: .key), .roles([.coordinator]), mark),
            Endpoint(.POST, .matchingPublish(programme: .key), .roles([.coordinator]), publish),
            Endpoint(.GET, .accountPreferences, .roles([.mentor, .mentee]), preferences),
            Endpoint(.POST, .accountPreferences, .roles([.mentor, .mentee]), savePreferences),
        ]
    }

    struct Round {
        var programme: Programme
        var people: [UUID: Person]
        var mentees: [MenteeProfile]
        var mentors: [MentorProfile]
        var marks: [MatchingMark]
        var proposal: Proposal
    }

    /// Builds the matching round of a programme: its mentees without a (pending) pair, every
    /// active mentor with places left, everyone's wishes, and the coordinator's marks.
    static func round(programme: Programme, organisationID: UUID, onlyMentee: UUID? = nil, on db: any Database) async throws -> Round {
        let people = try await PeopleQuery.all(organisationID: organisationID, on: db).filter(\.active)
        let byID = Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0) })
        let pairs = try await Mentorship.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$status ~~ [.proposed, .active]).all()
        let paired = Set(pairs.filter { $0.$programme.id == programme.id }.map { $0.$mentee.id })
        var load: [UUID: Int] = [:]
        for pair in pairs { load[pair.$mentor.id, default: 0] += 1 }
        let preferences = try await MatchingPreference.query(on: db).filter(\.$person.$id ~~ people.compactMap(\.id)).sort(\.$rank).all()
        let goals = try await LearningGoal.query(on: db).filter(\.$mentee.$id ~~ people.compactMap(\.id))
            .filter(\.$status ~~ [.open, .inProgress]).all()
        let vocabulary = try await Vocabulary.load(organisationID: organisationID, on: db)
        let marks = try await MatchingMark.query(on: db).filter(\.$programme.$id == programme.id!).all()
        let settings = programme.matchingSettings

        func has(_ person: Person, _ role: Role) -> Bool { person.roleRows.contains { $0.role == role } }
        let menteeProfiles = people.filter { has($0, .mentee) && !paired.contains($0.id!) && (onlyMentee == nil || $0.id == onlyMentee) }.map { person in
            let own = preferences.filter { $0.$person.id == person.id }
            let themes = Set(goals.filter { $0.$mentee.id == person.id }.compactMap(\.theme))
            return MenteeProfile(
                id: person.id!.uuidString, seniority: person.seniority?.level ?? 0, practiceGroup: person.practiceGroup, languages: person.languages,
                goalThemes: themes.sorted().map { key in
                    let entry = (vocabulary.themes + vocabulary.retired).first { $0.key == key }
                    return [key, entry?.nameNL, entry?.nameEN].compactMap { $0 }
                },
                wishes: own.filter { $0.kind == .wish }.map { $0.$target.id.uuidString },
                avoid: Set(own.filter { $0.kind == .avoid }.map { $0.$target.id.uuidString }),
                managerID: person.$manager.id?.uuidString)
        }
        let mentorProfiles = people.filter { has($0, .mentor) }.map { person in
            MentorProfile(id: person.id!.uuidString, seniority: person.seniority?.level ?? 0, practiceGroup: person.practiceGroup,
                          languages: person.languages, expertise: person.expertise, placesLeft: person.capacity - (load[person.id!] ?? 0),
                          preferredMentees: Set(preferences.filter { $0.$person.id == person.id && $0.kind == .prefer }.map { $0.$target.id.uuidString }))
        }
        let proposal = Proposal.make(
            mentees: menteeProfiles, mentors: mentorProfiles, weights: settings.weights, rules: settings.rules,
            locked: marks.filter { $0.mark == .locked }.map { (mentee: $0.$mentee.id.uuidString, mentor: $0.$mentor.id.uuidString) },
            excluded: Set(marks.filter { $0.mark == .excluded }.map { PairKey(mentee: $0.$mentee.id.uuidString, mentor: $0.$mentor.id.uuidString) }))
        return Round(programme: programme, people: byID, mentees: menteeProfiles, mentors: mentorProfiles, marks: marks, proposal: proposal)
    }

    private func programme(_ request: Request) async throws -> Programme {
        try await request.ownRecord(Programme.self, \.$organisation)
    }

    @Sendable func review(_ request: Request) async throws -> Response {
        let programme = try await programme(request)
        let round = try await Self.round(programme: programme, organisationID: try request.organisationID(), on: request.db)
        return MatchingPage.render(round, viewer: request.viewer, flash: request.takeFlash()).response()
    }

    @Sendable func mark(_ request: Request) async throws -> Response {
        let programme = try await programme(request)
        let organisationID = try request.organisationID()
        guard let menteeID = request.optionalUUID("mentee"), let mentorID = request.optionalUUID("mentor"),
              let mentee = try await MentorshipController.member(menteeID, organisationID, on: request.db),
              let mentor = try await MentorshipController.member(mentorID, organisationID, on: request.db)
        else { throw PageError.badRequest }
        let action = request.field("action")
        guard ["lock", "exclude", "clear"].contains(action) else { throw PageError.badRequest }
        try await request.db.transaction { db in
            try await MatchingMark.query(on: db).filter(\.$programme.$id == programme.id!).filter(\.$mentee.$id == mentee.id!).filter(\.$mentor.$id == mentor.id!).delete()
            if action == "lock" {
                // One locked mentor per mentee.
                try await MatchingMark.query(on: db).filter(\.$programme.$id == programme.id!).filter(\.$mentee.$id == mentee.id!).filter(\.$mark == .locked).delete()
            }
            if action != "clear" {
                try await MatchingMark(programmeID: programme.id!, menteeID: mentee.id!, mentorID: mentor.id!, mark: action == "lock" ? .locked : .excluded).create(on: db)
            }
            try await request.audit("matching_\(action)", "programme", id: programme.id, summary: "matching round adjusted", on: db)
        }
        return request.redirect(to: "/programmes/\(programme.id!)/matching")
    }

    @Sendable func publish(_ request: Request) async throws -> Response {
        let programme = try await programme(request)
        let organisationID = try request.organisationID()
        let round = try await Self.round(programme: programme, organisationID: organisationID, on: request.db)
        let count = round.proposal.pairs.count
        try await request.db.transaction { db in
            for pair in round.proposal.pairs {
                guard let menteeID = UUID(uuidString: pair.mentee), let mentorID = UUID(uuidString: pair.mentor) else { continue }
                try await Mentorship(organisationID: organisationID, programmeID: programme.id!, mentorID: mentorID, menteeID: menteeID, status: .proposed).create(on: db)
            }
            try await MatchingMark.query(on: db).filter(\.$programme.$id == programme.id!).delete()
            try await request.audit("matching_publish", "programme", id: programme.id, summary: "\(count) proposed pairs", on: db)
        }
        request.flash(T.published(count)(request.viewer.language))
        return request.redirect(to: "/mentorships")
    }

    // MARK: Wishes

    @Sendable func preferences(_ request: Request) async throws -> Response {
        try await renderPreferences(request)
    }

    private func renderPreferences(_ request: Request) async throws -> Response {
        let me = try request.personID()
        let people = try await PeopleQuery.all(organisationID: try request.organisationID(), on: request.db).filter { $0.active && $0.id != me }
        let mine = try await MatchingPreference.query(on: request.db).filter(\.$person.$id == me).sort(\.$rank).all()
        let model = PreferencesPage.Model(
            isMentee: request.viewer.has(.mentee), isMentor: request.viewer.has(.mentor),
            mentors: people.filter { $0.roleRows.contains { $0.role == .mentor } }.map { ($0.id!, $0.name) },
            mentees: people.filter { $0.roleRows.contains { $0.role == .mentee } }.map { ($0.id!, $0.name) },
            wishes: mine.filter { $0.kind == .wish }.map { $0.$target.id },
            avoid: Set(mine.filter { $0.kind == .avoid }.map { $0.$target.id }),
            preferred: mine.filter { $0.kind == .prefer }.map { $0.$target.id })
        return PreferencesPage.render(model, viewer: request.viewer, flash: request.takeFlash()).response()
    }

    @Sendable func savePreferences(_ request: Request) async throws -> Response {
        let me = try request.personID()
        let organisationID = try request.organisationID()
        let valid = Set(try await Person.query(on: request.db).filter(\.$organisation.$id == organisationID).all().compactMap(\.id)).subtracting([me])
        func ids(_ names: [String]) -> [UUID] {
            var seen: Set<UUID> = []
            return names.compactMap { request.optionalUUID($0) }.filter { valid.contains($0) && seen.insert($0).inserted }
        }
        let wishes = request.viewer.has(.mentee) ? ids(["wish1", "wish2", "wish3"]) : []
        let avoid = request.viewer.has(.mentee) ? ((try? request.content.get([String].self, at: "avoid")) ?? []).compactMap(UUID.init(uuidString:)).filter(valid.contains) : []
        let preferred = request.viewer.has(.mentor) ? ids(["prefer1", "prefer2", "prefer3"]) : []
        try await request.db.transaction { db in
            try await MatchingPreference.query(on: db).filter(\.$person.$id == me).delete()
            for (rank, id) in wishes.enumerated() { try await MatchingPreference(personID: me, kind: .wish, targetID: id, rank: rank + 1).create(on: db) }
            for id in Set(avoid).subtracting(wishes) { try await MatchingPreference(personID: me, kind: .avoid, targetID: id, rank: 0).create(on: db) }
            for (rank, id) in preferred.enumerated() { try await MatchingPreference(personID: me, kind: .prefer, targetID: id, rank: rank + 1).create(on: db) }
            try await request.audit("update", "matching_preferences", id: me, summary: "matching wishes saved", on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/account/preferences")
    }
}

/// Puts a pair's score parts into plain words.
enum MatchExplanation {
    static func words(_ parts: [ScorePart], language: Language) -> String {
        var phrases: [String] = []
        for part in parts where part.value > 0 && part.weight > 0 {
            switch part.criterion {
            case .practiceGroup: if let group = part.detail.first { phrases.append(T.sameGroup(group)(language)) }
            case .expertise: if !part.detail.isEmpty { phrases.append(T.goalMeetsExpertise(part.detail.joined(separator: ", "))(language)) }
            case .seniority: if let gap = part.detail.first.flatMap(Int.init) { phrases.append(T.levelsMoreSenior(gap)(language)) }
            case .language: if !part.detail.isEmpty { phrases.append(T.sharedLanguage(part.detail.joined(separator: ", "))(language)) }
            case .menteeWish: if let rank = part.detail.first { phrases.append(T.menteeWish(rank)(language)) }
            case .mentorPreference: phrases.append(T.mentorAskedFor(language))
            }
        }
        return phrases.isEmpty ? T.noParticularFit(language) : phrases.joined(separator: "; ")
    }

    static func unmatched(_ reason: Proposal.UnmatchedReason, language: Language) -> String {
        switch reason {
        case .allowedMentorsFull: return T.allowedMentorsFull(language)
        case .noAllowedMentor(let counts):
            let parts = HardRule.allCases.compactMap { rule in counts[rule].map { T.mentorsWho($0, T.hardRule(rule)(language))(language) } }
            return T.noAllowedMentor(parts.joined(separator: ", "))(language)
        }
    }
}
