import Fluent
import Foundation
import MentorCore
import Transcripts

/// Creates the demo organisation with half a year of believable mentoring. Dates are
/// relative to the moment of seeding, so the demo always looks current. Running it again
/// does nothing: the organisation's slug tells that it is there.
enum DemoSeeder {
    static let pulseTextsNL = ["Vaker kort even bijpraten tussendoor.", "De agenda eerder delen.", "", "Meer tijd voor mijn leerdoelen.", "Eens op locatie bij een klant afspreken."]
    static let pulseTextsEN = ["Short check-ins between conversations.", "Share the agenda earlier.", "", "More time for my learning goals.", "Meet at a client's office once."]

    static let password = "mentor-demo"

    /// Seeds the demo; returns false when it already existed.
    @discardableResult
    static func seed(on db: any Database, passwordHash: String, now: Date = Date(), suffix: String = "") async throws -> Bool {
        if try await Organisation.query(on: db).filter(\.$slug == DemoContent.slug + suffix).first() != nil { return false }
        try await db.transaction { db in
            try await Builder(db: db, hash: passwordHash, now: now, suffix: suffix).build()
        }
        return true
    }

    static func accountsText(created: Bool) -> String {
        let everyone = [DemoContent.admin, DemoContent.coordinator] + DemoContent.mentors + DemoContent.mentees
        var lines = [created ? "Demo organisation created: \(DemoContent.organisationName)." : "Demo organisation already present: \(DemoContent.organisationName).",
                     "Demo accounts (password for all: \(password)):"]
        for person in everyone {
            lines.append("  \(person.email.padding(toLength: 26, withPad: " ", startingAt: 0)) \(person.name) (\(person.roles.map(\.rawValue).joined(separator: ", ")))")
        }
        return lines.joined(separator: "\n")
    }

    private struct Builder {
        let db: any Database
        let hash: String
        let now: Date
        /// Empty for the demo itself; "-2", "-3", ... for scaled copies.
        let suffix: String
        let day: TimeInterval = 86_400

        func build() async throws {
            let organisation = Organisation(name: DemoContent.organisationName + (suffix.isEmpty ? "" : " (\(suffix.dropFirst()))"),
                                            slug: DemoContent.slug + suffix, defaultLanguage: .nl)
            try await organisation.create(on: db)
            let organisationID = try organisation.requireID()

            var valueIDs: [UUID] = []
            for (index, value) in DemoContent.values.enumerated() {
                let model = CoreValue(organisationID: organisationID, nameNL: value.nameNL, nameEN: value.nameEN,
                                      descriptionNL: value.descriptionNL, descriptionEN: value.descriptionEN, position: index + 1)
                try await model.create(on: db)
                for (position, behaviour) in value.behaviours.enumerated() {
                    try await CoreValueBehaviour(coreValueID: try model.requireID(), textNL: behaviour.nl, textEN: behaviour.en, position: position + 1).create(on: db)
                }
                valueIDs.append(try model.requireID())
            }

            func person(_ demo: DemoContent.DemoPerson) async throws -> Person {
                let email = demo.email.replacingOccurrences(of: "@demo.example", with: "@demo\(suffix).example")
                let model = Person(organisationID: organisationID, name: demo.name, email: email, passwordHash: hash,
                                   language: demo.language, seniority: demo.seniority, practiceGroup: demo.group, expertise: demo.expertise)
                model.languagesText = DemoContent.languages(demo)
                try await model.create(on: db)
                for role in demo.roles { try await PersonRole(personID: try model.requireID(), role: role).create(on: db) }
                return model
            }
            _ = try await person(DemoContent.admin)
            let coordinator = try await person(DemoContent.coordinator)
            var mentors: [Person] = []
            for demo in DemoContent.mentors { mentors.append(try await person(demo)) }
            var mentees: [Person] = []
            for demo in DemoContent.mentees { mentees.append(try await person(demo)) }

            let programmeStart = startOfDay(now.addingTimeInterval(-182 * day))
            let programme = Programme(organisationID: organisationID, name: "Mentorprogramma 2026", startsOn: programmeStart,
                                      endsOn: programmeStart.addingTimeInterval(365 * day), cadenceDays: 28)
            try await programme.create(on: db)

            for (index, profile) in DemoContent.profiles.enumerated() {
                var random = SeededRandom(seed: UInt64(index + 1) * 7919)
                let mentor = mentors[profile.mentor], mentee = mentees[profile.mentee]
                let language = DemoContent.mentees[profile.mentee].language ?? DemoContent.mentors[profile.mentor].language ?? .nl
                let pairStart = programmeStart.addingTimeInterval(Double(index * 3) * day)
                let pair = Mentorship(organisationID: organisationID, programmeID: try programme.requireID(), mentorID: try mentor.requireID(),
                                      menteeID: try mentee.requireID(), status: profile.status,
                                      startedOn: profile.status == .proposed ? nil : pairStart)
                if profile.status == .proposed { pair.requestedBy = .mentee }
                try await pair.create(on: db)
                guard profile.status != .proposed else { continue }
                try await agreement(for: pair, profile: profile, language: language, start: pairStart)
                let goals = try await goals(for: pair, menteeID: try mentee.requireID(), profile: profile, start: pairStart)
                try await conversations(for: pair, profile: profile, language: language, start: pairStart, goals: goals,
                                        valueIDs: valueIDs, random: &random, pairIndex: index)
                // Most active pairs answered the current pulse round, so the coordinator's health page has results.
                let round = PulseSchedule.round(startedOn: pairStart, now: now, intervalDays: programme.pulseIntervalDays)
                if profile.status == .active, round >= 1, index % 4 != 3 {
                    let texts = language == .nl ? DemoSeeder.pulseTextsNL : DemoSeeder.pulseTextsEN
                    for (offset, person) in [mentor, mentee].enumerated() {
                        try await PulseResponse(mentorshipID: try pair.requireID(), programmeID: try programme.requireID(), personID: try person.requireID(),
                                                round: round, value: 3 + (index + offset) % 3, improvement: texts[(index + offset) % texts.count]).create(on: db)
                    }
                }
            }
            // Sem's line manager is Thomas, so matching never proposes that pair.
            mentees[9].$manager.id = try mentors[2].requireID()
            try await mentees[9].save(on: db)
            try await waitingProposal(programme: programme, coordinator: coordinator, mentor: mentors[1], mentee: mentees[12])
            // Jeroen is away for the busy season (his places are full, so matching loses nothing):
            // out of the mentees' search, and the reminders about his pairs wait until that day.
            mentors[0].unavailableUntil = startOfDay(now.addingTimeInterval(61 * day))
            try await mentors[0].save(on: db)
            try await Audit.record("seed", "organisation", id: organisationID, summary: "demo organisation created",
                                   organisationID: organisationID, actorID: nil, on: db)
        }

        /// Last week's matching round, published by the coordinator: one proposal the mentee said
        /// yes to and the mentor has still to answer (so the round can no longer be undone).
        func waitingProposal(programme: Programme, coordinator: Person, mentor: Person, mentee: Person) async throws {
            let published = now.addingTimeInterval(-6 * day)
            let round = PublishedRound(organisationID: programme.$organisation.id, programmeID: try programme.requireID(),
                                       publishedBy: try coordinator.requireID(), publishedAt: published, pairCount: 1)
            try await round.create(on: db)
            let pair = Mentorship(organisationID: programme.$organisation.id, programmeID: try programme.requireID(),
                                  mentorID: try mentor.requireID(), menteeID: try mentee.requireID(), status: .proposed)
            pair.roundID = try round.requireID()
            pair.menteeAcceptedAt = published.addingTimeInterval(2 * day)
            try await pair.create(on: db)
        }

        func agreement(for pair: Mentorship, profile: DemoContent.PairProfile, language: Language, start: Date) async throws {
            guard profile.agreement != .missing else { return }
            let model = Agreement(mentorshipID: try pair.requireID())
            let nl = language == .nl
            model.menteeExpectations = nl ? "Dat je eerlijk zegt wat je ziet, ook als het ongemakkelijk is, en dat je me helpt zelf keuzes te maken."
                                          : "That you say honestly what you see, even when it is uncomfortable, and help me make my own choices."
            model.mentorExpectations = nl ? "Dat je zelf onderwerpen meeneemt en afspraken nakomt. Jij bent eigenaar van je ontwikkeling."
                                          : "That you bring your own topics and keep agreements. You own your development."
            model.frequency = nl ? "Elke vier weken" : "Every four weeks"
            model.duration = nl ? "Een uur" : "One hour"
            model.whoPlans = nl ? "De mentee plant" : "The mentee plans"
            model.preparation = nl ? "Agendapunten uiterlijk de dag ervoor" : "Agenda items by the day before"
            model.confidentiality = nl ? "Wat we bespreken blijft tussen ons, tenzij we samen anders afspreken."
                                       : "What we discuss stays between us unless we agree otherwise together."
            model.revision = 1
            if profile.agreement == .discussed || profile.agreement == .confirmed {
                model.discussedOn = start.addingTimeInterval(10 * day)
            }
            if profile.agreement == .confirmed {
                model.mentorConfirmedAt = start.addingTimeInterval(10 * day)
                model.menteeConfirmedAt = start.addingTimeInterval(11 * day)
            }
            try await model.create(on: db)
            let snapshot = try String(decoding: JSONEncoder().encode([
                "menteeExpectations": model.menteeExpectations, "mentorExpectations": model.mentorExpectations,
                "frequency": model.frequency, "duration": model.duration, "whoPlans": model.whoPlans,
                "preparation": model.preparation, "confidentiality": model.confidentiality,
            ]), as: UTF8.self)
            try await AgreementRevision(agreementID: try model.requireID(), revision: 1, snapshot: snapshot, editedByID: pair.$mentee.id).create(on: db)
        }

        func goals(for pair: Mentorship, menteeID: UUID, profile: DemoContent.PairProfile, start: Date) async throws -> [LearningGoal] {
            var result: [LearningGoal] = []
            for goal in profile.goals {
                let model = LearningGoal(mentorshipID: try pair.requireID(), menteeID: menteeID, title: goal.title, description: goal.description,
                                         successCriteria: goal.success, targetDate: start.addingTimeInterval(300 * day),
                                         status: .inProgress, theme: goal.theme.rawValue)
                try await model.create(on: db)
                // Goals were written when the pair started, not when the demo was seeded.
                try await LearningGoal.query(on: db).filter(\.$id == model.id!).set(\.$createdAt, to: start.addingTimeInterval(5 * day)).update()
                result.append(model)
            }
            return result
        }

        func conversations(for pair: Mentorship, profile: DemoContent.PairProfile, language: Language, start: Date, goals: [LearningGoal],
                           valueIDs: [UUID], random: inout SeededRandom, pairIndex: Int) async throws {
            let pairID = try pair.requireID()
            let lastHeld = profile.status == .paused ? now.addingTimeInterval(-60 * day) : now
            var date = start.addingTimeInterval(7 * day + 14 * 3600)
            var number = 0
            var carried: (text: String, side: PairSide, id: UUID, conversation: UUID)?
            var openActions: [ActionItem] = []
            var scoreLevel = 2.6 + profile.followThrough
            func pick(_ pool: [Language: [String]], _ offset: Int) -> String {
                let items = pool[language] ?? pool[.nl]!
                return items[(offset + pairIndex) % items.count]
            }

            while date < lastHeld {
                let conversation = Conversation(mentorshipID: pairID, scheduledAt: date, durationMinutes: [45, 60, 60, 75][number % 4],
                                                place: language == .nl ? "Kantoor Utrecht, kamer 3.12" : "Utrecht office, room 3.12",
                                                initiatedBy: random.chance(profile.menteeInitiative) ? .mentee : .mentor, status: .held)
                conversation.sharedNotes = pick(DemoContent.sharedNotes, number)
                conversation.privateNotes = pick(DemoContent.privateNotes, number * 2)
                conversation.talkShareEstimate = min(0.9, max(0.1, (profile.mentorTalk + random.between(-0.08, 0.08)) * 100).rounded() / 100)
                try await conversation.create(on: db)
                let conversationID = try conversation.requireID()

                var position = 1
                if let item = carried {
                    // A carried item was not prepared for this conversation: it came from the last one.
                    let model = AgendaItem(conversationID: conversationID, authorSide: item.side, text: item.text, addedBeforehand: false, covered: true, position: position)
                    model.$carriedFrom.id = item.id
                    model.carriedFromConversationID = item.conversation
                    try await model.create(on: db)
                    position += 1
                    carried = nil
                }
                let menteeItems = random.chance(profile.menteeInitiative) ? (random.chance(0.5) ? 2 : 1) : 0
                for offset in 0..<menteeItems {
                    try await AgendaItem(conversationID: conversationID, authorSide: .mentee, text: pick(DemoContent.menteeAgenda, number * 2 + offset),
                                         addedBeforehand: random.chance(0.85), covered: true, position: position).create(on: db)
                    position += 1
                }
                let mentorItem = AgendaItem(conversationID: conversationID, authorSide: .mentor, text: pick(DemoContent.mentorAgenda, number),
                                            addedBeforehand: random.chance(0.6), covered: !random.chance(0.2), position: position)
                try await mentorItem.create(on: db)
                if !mentorItem.covered { carried = (mentorItem.text, .mentor, try mentorItem.requireID(), conversationID) }

                // Open actions from earlier conversations are carried into this one once they are past due.
                for action in openActions where (action.doneOn == nil || action.doneOn! > date) && (action.dueOn.map { $0 < date } ?? true) {
                    action.carriedCount += 1
                    try await action.save(on: db)
                }
                openActions.removeAll { $0.doneOn != nil && $0.doneOn! <= date }

                let due = date.addingTimeInterval(14 * day)
                let action = ActionItem(mentorshipID: pairID, conversationID: conversationID, ownerSide: .mentee,
                                        text: pick(DemoContent.actions, number), dueOn: startOfDay(due), doneOn: nil)
                if random.chance(profile.followThrough) {
                    action.doneOn = startOfDay(due.addingTimeInterval(-random.between(0, 6) * day))
                } else if random.chance(0.5) {
                    action.doneOn = startOfDay(due.addingTimeInterval(random.between(3, 12) * day))
                }
                if let done = action.doneOn, done > now { action.doneOn = nil }
                try await action.create(on: db)
                if action.doneOn == nil || action.doneOn! > date { openActions.append(action) }
                if number % 3 == 1 {
                    try await ActionItem(mentorshipID: pairID, conversationID: conversationID, ownerSide: .mentor,
                                         text: pick(DemoContent.mentorActions, number), dueOn: startOfDay(date.addingTimeInterval(7 * day)),
                                         doneOn: startOfDay(date.addingTimeInterval(5 * day))).create(on: db)
                }

                for (goalIndex, goal) in goals.enumerated() where random.chance(0.5 + profile.menteeInitiative / 3) || (number == 0 && goalIndex == 0) {
                    try await GoalEvidence(conversationID: conversationID, goalID: try goal.requireID(),
                                           text: pick(DemoContent.evidence, number + goalIndex)).create(on: db)
                }

                scoreLevel += random.between(-0.3, 0.45)
                let score = Int(min(5, max(1, scoreLevel.rounded())))
                try await ValueScore(conversationID: conversationID, coreValueID: valueIDs[(number + pairIndex) % valueIDs.count], score: score,
                                     behaviour: pick(DemoContent.behaviourSeen, number)).create(on: db)

                if number % 2 == 0, !profile.patterns.isEmpty {
                    let (pattern, effect) = profile.patterns[(number / 2) % profile.patterns.count]
                    try await AttitudeObservation(conversationID: conversationID, pattern: pattern.rawValue, effect: effect,
                                                  note: pick(DemoContent.observationNotes, number)).create(on: db)
                }

                number += 1
                date = date.addingTimeInterval((28 + random.between(-5, 6).rounded()) * day)
            }

            // One pair uploaded the transcript of its latest conversation, so the mirror shows a measured share.
            if pairIndex == 1, let last = try await Conversation.query(on: db).filter(\.$mentorship.$id == pairID).filter(\.$status == .held)
                .sort(\.$scheduledAt, .descending).first(), let transcript = try? TranscriptParser.parse(DemoContent.transcript) {
                let analysis = TranscriptAnalysis()
                analysis.$conversation.id = try last.requireID()
                let figures = TranscriptAnalyzer.analyze(transcript)
                try analysis.record(figures, mapping: SpeakerMapping(mentor: "Jeroen de Graaf", mentee: "Emma Jansen"))
                // The words of the pair's goals were counted at upload, as an upload does (issue 14).
                let words = try goals.map { goal in
                    GoalWords(goalID: try goal.requireID(), title: goal.title,
                              synonyms: goal.theme.flatMap(GoalTheme.init(rawValue:)).map(GoalMentions.builtInSynonyms) ?? [])
                }
                try analysis.recordGoalMentions(GoalMentions.counts(words, cues: transcript.cues.map { ($0.speaker, $0.text) }), figures: figures)
                try await analysis.create(on: db)
                // The mentor wrote a reflection about all mentees with one focus for the next conversations.
                let reflection = Reflection()
                reflection.$mentor.id = pair.$mentor.id
                reflection.periodFrom = now.addingTimeInterval(-180 * day)
                reflection.periodTo = now.addingTimeInterval(-75 * day)
                reflection.initiative = language == .nl ? "Ik praat meer dan ik dacht. Ik wil mijn mentee meer ruimte geven."
                                                        : "I talk more than I thought. I want to give my mentee more room."
                reflection.expectations = ""
                reflection.coreValues = ""
                reflection.learningGoals = ""
                reflection.focus = Focus.talkShareInBand.rawValue
                reflection.focusSince = now.addingTimeInterval(-75 * day)
                try await reflection.create(on: db)
                // The mentor gave an estimate before seeing the measured figures, as the product asks.
                last.estimateBeforeMeasured = last.talkShareEstimate
                last.measuredShownAt = last.scheduledAt.addingTimeInterval(2 * 3600)
                try await last.save(on: db)
            }

            // The first pair's mentee answered her two questions after three held conversations (not the
            // latest, which is left for her to answer), so her mentor's mirror shows the mentee's view.
            if pairIndex == 0 {
                let answered = try await Conversation.query(on: db).filter(\.$mentorship.$id == pairID).filter(\.$status == .held)
                    .sort(\.$scheduledAt, .descending).offset(1).limit(3).all()
                for (offset, conversation) in answered.enumerated() {
                    try await MenteeViewAnswer(mentorshipID: pairID, conversationID: try conversation.requireID(),
                                               room: [2, 3, 2][offset], challenge: [4, 3, 4][offset]).create(on: db)
                }
            }

            if profile.status == .active {
                let next = startOfDay(now.addingTimeInterval(Double(5 + pairIndex * 2) * day)).addingTimeInterval(10 * 3600)
                let planned = Conversation(mentorshipID: pairID, scheduledAt: next, durationMinutes: 60,
                                           place: language == .nl ? "Teams" : "Teams", initiatedBy: random.chance(profile.menteeInitiative) ? .mentee : .mentor,
                                           status: .planned)
                try await planned.create(on: db)
                if random.chance(profile.menteeInitiative) {
                    try await AgendaItem(conversationID: try planned.requireID(), authorSide: .mentee, text: pick(DemoContent.menteeAgenda, number),
                                         addedBeforehand: true, covered: false, position: 1).create(on: db)
                }
            }
        }

        func startOfDay(_ date: Date) -> Date {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
            return calendar.startOfDay(for: date)
        }
    }
}

/// A small deterministic generator (SplitMix64), so the demo is the same on every machine.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func chance(_ probability: Double) -> Bool { unit() < probability }
    mutating func between(_ low: Double, _ high: Double) -> Double { low + (high - low) * unit() }
}
