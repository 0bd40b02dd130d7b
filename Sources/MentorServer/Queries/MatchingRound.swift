import Fluent
import Foundation
import MentorCore
import Matching

/// The matching round of a programme, read for the coordinator's review, publishing and a
/// mentee's suggestions: its mentees without an open pair, every active mentor with places
/// left, everyone's wishes, and the coordinator's marks. An open pair is proposed, active or
/// paused: a paused pair still has its mentee and takes a place of its mentor; only an ended
/// pair frees them. A mentor who is not available at `now` (`Availability`) is left out, and a
/// mentee and mentor who already have an open pair together, in any programme, are never
/// proposed again (nor kept by a lock): never a second pair of the same two people.
struct MatchingRound {
    var programme: Programme
    var people: [UUID: Person]
    var mentees: [MenteeProfile]
    var mentors: [MentorProfile]
    var marks: [MatchingMark]
    var proposal: Proposal

    /// The statuses in which a pair holds its mentee and a place of its mentor.
    static let openStatuses: [MentorshipStatus] = MentorshipStatus.allCases.filter { $0 != .ended }

    static func load(programme: Programme, organisationID: UUID, onlyMentee: UUID? = nil, now: Date, on db: any Database) async throws -> MatchingRound {
        let people = try await PeopleQuery.all(organisationID: organisationID, on: db).filter(\.active)
        let byID = Dictionary(uniqueKeysWithValues: people.compactMap { person in person.id.map { ($0, person) } })
        let pairs = try await Mentorship.query(on: db).filter(\.$organisation.$id == organisationID)
            .filter(\.$status ~~ MatchingRound.openStatuses).all()
        let paired = Set(pairs.filter { $0.$programme.id == programme.id }.map { $0.$mentee.id })
        let together = Set(pairs.map { PairKey(mentee: $0.$mentee.id.uuidString, mentor: $0.$mentor.id.uuidString) })
        var load: [UUID: Int] = [:]
        for pair in pairs { load[pair.$mentor.id, default: 0] += 1 }
        let preferences = try await MatchingPreference.query(on: db).filter(\.$person.$id ~~ people.compactMap(\.id)).sort(\.$rank).all()
        let goals = try await LearningGoal.query(on: db).filter(\.$mentee.$id ~~ people.compactMap(\.id))
            .filter(\.$status ~~ [.open, .inProgress]).all()
        let vocabulary = try await Vocabulary.load(organisationID: organisationID, on: db)
        let programmeID = try programme.requireID()
        let marks = try await MatchingMark.query(on: db).filter(\.$programme.$id == programmeID).all()
        let locks = marks.filter { $0.mark == .locked }.map { (mentee: $0.$mentee.id.uuidString, mentor: $0.$mentor.id.uuidString) }
            .filter { !together.contains(PairKey(mentee: $0.mentee, mentor: $0.mentor)) }
        let settings = programme.matchingSettings
        // Everyone's wishes and goals by person, and the themes by key: looked up once per person,
        // never searched, so a round grows with the firm, not with its square.
        let preferencesByPerson = Dictionary(grouping: preferences, by: { $0.$person.id })
        let goalsByMentee = Dictionary(grouping: goals, by: { $0.$mentee.id })
        var themeEntries: [String: Vocabulary.Entry] = [:]
        for entry in vocabulary.themes + vocabulary.retired where themeEntries[entry.key] == nil { themeEntries[entry.key] = entry }

        func has(_ person: Person, _ role: Role) -> Bool { person.roleRows.contains { $0.role == role } }
        let menteeProfiles = people.filter { person in
            has(person, .mentee) && person.id.map { !paired.contains($0) } == true && (onlyMentee == nil || person.id == onlyMentee)
        }.compactMap { person -> MenteeProfile? in
            guard let id = person.id else { return nil }
            let own = preferencesByPerson[id] ?? []
            let themes = Set((goalsByMentee[id] ?? []).compactMap(\.theme))
            return MenteeProfile(
                id: id.uuidString, seniority: person.seniority?.level ?? 0, practiceGroup: person.practiceGroup, languages: person.languages,
                goalThemes: themes.sorted().map { key in
                    let entry = themeEntries[key]
                    return [key, entry?.nameNL, entry?.nameEN].compactMap { $0 }
                },
                wishes: own.filter { $0.kind == .wish }.map { $0.$target.id.uuidString },
                avoid: Set(own.filter { $0.kind == .avoid }.map { $0.$target.id.uuidString }),
                managerID: person.$manager.id?.uuidString)
        }
        let mentorProfiles = people.filter { has($0, .mentor) && Availability.isAvailable(until: $0.unavailableUntil, now: now) }
            .compactMap { person -> MentorProfile? in
            guard let id = person.id else { return nil }
            return MentorProfile(id: id.uuidString, seniority: person.seniority?.level ?? 0, practiceGroup: person.practiceGroup,
                                 languages: person.languages, expertise: person.expertise, placesLeft: person.capacity - (load[id] ?? 0),
                                 preferredMentees: Set((preferencesByPerson[id] ?? []).filter { $0.kind == .prefer }.map { $0.$target.id.uuidString }))
        }
        let proposal = Proposal.make(
            mentees: menteeProfiles, mentors: mentorProfiles, weights: settings.weights, rules: settings.rules,
            locked: locks,
            excluded: Set(marks.filter { $0.mark == .excluded }.map { PairKey(mentee: $0.$mentee.id.uuidString, mentor: $0.$mentor.id.uuidString) })
                .union(together))
        return MatchingRound(programme: programme, people: byID, mentees: menteeProfiles, mentors: mentorProfiles, marks: marks, proposal: proposal)
    }
}
