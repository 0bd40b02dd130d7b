import Vapor
import Fluent
import MentorCore
import Foundation

/// The reminder job: finds what needs a nudge and notifies the people concerned, once per
/// person and key (the key names the occasion, e.g. the date of the last conversation).
enum Reminders {
    static let requestDays = 5.0

    /// Returns how many new notifications it created.
    static func run(now: Date, settings: MailSettings, on db: any Database) async throws -> Int {
        var created = 0
        func notify(_ organisationID: UUID, _ personID: UUID, _ kind: NotificationKind, key: String, subject: UUID?, detail: String, link: String) async throws {
            let request = Notifier.Request(organisationID: organisationID, personID: personID, kind: kind, key: key, subjectID: subject, detail: detail, link: link)
            if try await Notifier.notify(request, settings: settings, on: db) { created += 1 }
        }
        let day = 86_400.0
        let pairs = try await Mentorship.query(on: db).filter(\.$status ~~ [.active, .proposed]).with(\.$programme).all()
        let active = pairs.filter { $0.status == .active }
        let activeIDs = active.compactMap(\.id)
        // Everything per pair, read once: the loop below looks up, never scans.
        let conversations = activeIDs.isEmpty ? [:] : Dictionary(grouping: try await LeanRows(db: db, pairIDs: activeIDs).conversations(), by: \.pair)
        let agreements = Dictionary(try await Agreement.query(on: db).filter(\.$mentorship.$id ~~ activeIDs).all().map { ($0.$mentorship.id, $0) },
                                    uniquingKeysWith: { first, _ in first })
        let goals = Dictionary(grouping: try await LearningGoal.query(on: db).filter(\.$mentorship.$id ~~ activeIDs)
            .field(\.$id).field(\.$mentorship.$id).field(\.$createdAt).all(), by: { $0.$mentorship.id })
        let pulses = Dictionary(grouping: try await PulseResponse.query(on: db).filter(\.$mentorship.$id ~~ activeIDs).all(), by: { $0.$mentorship.id })

        for pair in active {
            let id = pair.id!
            let organisationID = pair.$organisation.id
            let members = [pair.$mentor.id, pair.$mentee.id]
            let own = conversations[id] ?? []
            let held = own.filter { $0.status == .held && $0.date <= now }.map(\.date).max()
            let start = pair.startedOn ?? pair.createdAt ?? now
            // Overdue: nothing held for longer than the cadence and nothing planned ahead.
            let since = held ?? start
            let planned = own.contains { $0.status == .planned && $0.date > now }
            let quietDays = now.timeIntervalSince(since) / day
            if !planned, quietDays > Double(pair.programme.cadenceDays) {
                for person in members {
                    try await notify(organisationID, person, .conversationOverdue, key: "overdue:\(id):\(Int(since.timeIntervalSince1970))",
                                     subject: id, detail: "\(Int(quietDays))", link: "/mentorships/\(id)")
                }
            }
            // The agreement: after the first conversation it should be discussed and confirmed; a goal
            // written after it was discussed means the situation changed.
            let agreement = agreements[id]
            let confirmed = agreement.map { $0.discussedOn != nil && $0.mentorConfirmedAt != nil && $0.menteeConfirmedAt != nil } ?? false
            let changed = agreement?.discussedOn.map { discussed in (goals[id] ?? []).contains { ($0.createdAt ?? .distantPast) > discussed } } ?? false
            if (held != nil && !confirmed) || (confirmed && changed) {
                let occasion = "\(agreement?.revision ?? 0):\(Int(agreement?.discussedOn?.timeIntervalSince1970 ?? 0))"
                for person in members {
                    try await notify(organisationID, person, .agreementDue, key: "agreement:\(id):\(occasion)", subject: id, detail: "", link: "/mentorships/\(id)/agreement")
                }
            }
            // The pulse survey of the current round, for whoever has not answered it.
            let round = PulseSchedule.round(startedOn: start, now: now, intervalDays: pair.programme.pulseIntervalDays)
            if round >= 1 {
                for person in members where !(pulses[id] ?? []).contains(where: { $0.$person.id == person && $0.round == round }) {
                    try await notify(organisationID, person, .pulseOpen, key: "pulse:\(id):\(round)", subject: id, detail: "\(round)", link: "/mentorships/\(id)/pulse")
                }
            }
        }

        // Actions due within a day, for their owner.
        let actions = try await ActionItem.query(on: db).filter(\.$mentorship.$id ~~ activeIDs).filter(\.$doneOn == nil)
            .filter(\.$dueOn != nil).filter(\.$dueOn <= now.addingTimeInterval(day)).all()
        let activeByID = Dictionary(uniqueKeysWithValues: active.map { ($0.id!, $0) })
        for action in actions {
            guard let pair = activeByID[action.$mentorship.id], let due = action.dueOn else { continue }
            let person = action.ownerSide == .mentor ? pair.$mentor.id : pair.$mentee.id
            try await notify(pair.$organisation.id, person, .actionDue, key: "action:\(action.id!):\(Int(due.timeIntervalSince1970))", subject: action.id,
                             detail: ISO8601DateFormatter.day.string(from: due), link: "/conversations/\(action.$conversation.id)")
        }

        // Requests without an answer for five days: the mentor, and then the coordinators.
        var coordinatorsByOrganisation: [UUID: [UUID]] = [:]
        for pair in pairs where pair.status == .proposed {
            guard let asked = pair.createdAt, now.timeIntervalSince(asked) >= requestDays * day else { continue }
            let days = "\(Int(now.timeIntervalSince(asked) / day))"
            let id = pair.id!
            try await notify(pair.$organisation.id, pair.$mentor.id, .requestWaiting, key: "request:\(id)", subject: id, detail: days, link: "/mentorships/\(id)")
            let organisationID = pair.$organisation.id
            if coordinatorsByOrganisation[organisationID] == nil {
                coordinatorsByOrganisation[organisationID] = try await PersonRole.query(on: db).filter(\.$role == .coordinator)
                    .join(Person.self, on: \PersonRole.$person.$id == \Person.$id)
                    .filter(Person.self, \.$organisation.$id == organisationID).filter(Person.self, \.$active == true).all().map { $0.$person.id }
            }
            for coordinator in coordinatorsByOrganisation[organisationID] ?? [] {
                try await notify(organisationID, coordinator, .requestWaitingCoordinator, key: "request-coordinator:\(id)", subject: id,
                                 detail: days, link: "/programmes/\(pair.$programme.id)/health")
            }
        }
        return created
    }
}

extension ISO8601DateFormatter {
    /// `yyyy-MM-dd` in UTC.
    static var day: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter
    }
}
