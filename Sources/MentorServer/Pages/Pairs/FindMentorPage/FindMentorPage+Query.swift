import Fluent
import Foundation
import MentorCore
import Matching

extension FindMentorPage {
    enum Query {
        /// Every other active mentor with places left, the running programmes and, where a
        /// programme lets mentees choose, the viewer's three best suggestions with the reasons.
        static func model(organisationID: UUID, menteeID: UUID, language: Language, now: Date, error: String? = nil,
                          on db: any Database) async throws -> Model {
            let people = try await PeopleQuery.all(organisationID: organisationID, on: db)
                .filter { $0.active && $0.id != menteeID && $0.roleRows.contains { $0.role == .mentor } }
                .filter { Availability.isAvailable(until: $0.unavailableUntil, now: now) }
            let load = try await PairRows.activeLoad(organisationID: organisationID, on: db)
            let programmes = try await PairRows.runningProgrammes(organisationID: organisationID, now: now, on: db)
            var suggestions: [Suggestion] = []
            if let choosing = programmes.first(where: \.letsMenteesChoose) {
                let round = try await MatchingRound.load(programme: choosing, organisationID: organisationID, onlyMentee: menteeID, now: now, on: db)
                if let mentee = round.mentees.first {
                    let settings = choosing.matchingSettings
                    suggestions = round.mentors.compactMap { mentor -> Suggestion? in
                        guard case .allowed(let score, let parts) = Scoring.score(mentee, mentor, weights: settings.weights, rules: settings.rules),
                              let id = UUID(uuidString: mentor.id), let person = round.people[id] else { return nil }
                        return Suggestion(id: id, name: person.name, score: score, why: MatchExplanation.words(parts, mentee: mentee, language: language))
                    }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }.prefix(3).map { $0 }
                }
            }
            return Model(
                mentors: people.compactMap { person in
                    guard let id = person.id else { return nil }
                    let left = person.capacity - (load[id] ?? 0)
                    return left > 0 ? Mentor(id: id, name: person.name, seniority: person.seniority, practiceGroup: person.practiceGroup,
                                             expertise: person.expertise, placesLeft: left) : nil
                },
                programmes: programmes.compactMap { programme in programme.id.map { ProgrammeOption(id: $0, name: programme.name) } },
                suggestions: suggestions, error: error)
        }
    }
}
