import ArgumentParser
import Vapor
import Fluent
import MentorCore

/// `mentor mirror`: the mirror's figures on the command line, as JSON or text.
struct MirrorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mirror",
        abstract: "Print a mentor's mirror: the four self-check questions answered from the recorded data.",
        discussion: "Shares are fractions from 0 to 1 and dates are ISO 8601. Without --mentorship every pair of the mentor is printed.")

    @ArgumentParser.Option(help: "The mentor's email address.")
    var mentor: String

    @ArgumentParser.Option(help: "Only this mentorship (its id).")
    var mentorship: String?

    @ArgumentParser.Option(help: "First day of the period, YYYY-MM-DD (default: six months before --to).")
    var from: String?

    @ArgumentParser.Option(help: "Last day of the period, YYYY-MM-DD (default: today).")
    var to: String?

    @ArgumentParser.Option(help: "Output format: json or text.")
    var format: String = "json"

    struct Output: Encodable {
        var mentor: String
        var periodStart: Date
        var periodEnd: Date
        var mentorships: [Mirror]
    }

    func validate() throws {
        guard ["json", "text"].contains(format) else { throw ValidationError("--format must be json or text.") }
        if let mentorship, UUID(uuidString: mentorship) == nil { throw ValidationError("--mentorship must be a mentorship id (a UUID).") }
    }

    func run() async throws {
        let settings = try AppSettings.fromEnvironment()
        let formats = Formats(language: .en, timeZone: settings.timeZone)
        let end = try to.map { text -> Date in
            guard let day = formats.parseDay(text) else { throw ValidationError("--to must be a date as YYYY-MM-DD.") }
            return day.addingTimeInterval(86_399)
        } ?? Date()
        var mirrorSettings = MirrorSettings.lastSixMonths(now: end)
        if let from {
            guard let day = formats.parseDay(from), day < end else { throw ValidationError("--from must be a date as YYYY-MM-DD before --to.") }
            mirrorSettings.period = DateInterval(start: day, end: end)
        }
        let email = mentor.lowercased()
        let mentorshipID = mentorship.flatMap(UUID.init(uuidString:))
        let output = try await AppRunner.withMigratedApplication { app -> Output in
            guard let person = try await Person.query(on: app.db).filter(\.$email == email).first() else {
                throw CommandFailure("No account with the email address \(email).")
            }
            let language = person.language ?? .en
            let loaded = try await MirrorQuery.load(mentorID: try person.requireID(), organisationID: person.organisationID,
                                                    mentorshipID: mentorshipID, language: language, on: app.db)
            if mentorshipID != nil && loaded.pairs.isEmpty { throw CommandFailure("\(email) is not the mentor of mentorship \(mentorship!).") }
            mirrorSettings.talkBand = loaded.talkBand
            return Output(mentor: email, periodStart: mirrorSettings.period.start, periodEnd: mirrorSettings.period.end,
                          mentorships: loaded.pairs.map { Mirror.compute($0, values: loaded.values, settings: mirrorSettings) })
        }
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            if mentorshipID != nil, let single = output.mentorships.first {
                print(String(decoding: try encoder.encode(single), as: UTF8.self))
            } else {
                print(String(decoding: try encoder.encode(output), as: UTF8.self))
            }
        } else {
            print(MirrorText.render(output.mentorships, from: output.periodStart, to: output.periodEnd))
        }
    }
}

/// A plain-text rendering of mirrors for the terminal, in English.
enum MirrorText {
    static func render(_ mirrors: [Mirror], from: Date, to: Date) -> String {
        let formats = Formats(language: .en, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        func share(_ value: Double?) -> String { value.map(formats.percent) ?? "too little data" }
        var lines = ["Period \(formats.isoDay(from)) to \(formats.isoDay(to))"]
        for mirror in mirrors {
            lines.append("")
            lines.append("== \(mirror.menteeName) (\(mirror.pairID.uuidString.lowercased()))")
            lines.append("1. Initiative: conversations by mentee \(share(mirror.conversationInitiative.menteeShare)) of \(mirror.conversationInitiative.heldConversations) held; agenda items by mentee \(share(mirror.agendaInitiative.menteeShare)) of \(mirror.agendaInitiative.items)")
            lines.append("   Talk share: mean \(share(mirror.talkShare.mean)) (target \(formats.percent(mirror.talkShare.bandLow))-\(formats.percent(mirror.talkShare.bandHigh))), \(mirror.talkShare.measuredConversations) measured, \(mirror.talkShare.estimatedConversations) estimated")
            lines.append("2. Agreement: \(mirror.agreement.state.rawValue)" + (mirror.agreement.discussedOn.map { ", discussed \(formats.isoDay($0))" } ?? "") + (mirror.agreement.reviewDue ? ", due for another conversation" : ""))
            let values = mirror.coreValues.values.map { "\($0.name) \($0.latest)" + ($0.trend.map { " (\($0.rawValue))" } ?? "") }
            lines.append("3. Core values: " + (values.isEmpty ? "none scored" : values.joined(separator: ", ")) + (mirror.coreValues.neverScored.isEmpty ? "" : "; never scored: \(mirror.coreValues.neverScored.joined(separator: ", "))"))
            for goal in mirror.learningGoals {
                lines.append("4. Goal \"\(goal.title)\": seen \(goal.evidenceCount)x, \(goal.conversationsSinceEvidence) conversations since")
            }
            lines.append("   Goal-directedness: \(share(mirror.goalDirectedness.score)) (prepared \(share(mirror.goalDirectedness.preparedShare)), actions on time \(share(mirror.goalDirectedness.actionsOnTimeShare)), carried twice \(mirror.goalDirectedness.actionsCarriedTwice))" + (mirror.goalDirectedness.workOrganisationPattern ? " - work-organisation pattern" : ""))
            let sending = mirror.sending
            lines.append("Sending: " + (sending.position.map { String(format: "%+.2f", $0) + " (\(sending.verdict!.rawValue))" } ?? "too little data")
                + (sending.reasons.isEmpty ? "" : "; because: " + sending.reasons.map(\.rawValue).joined(separator: ", "))
                + (sending.counterweights.isEmpty ? "" : "; other parts: " + sending.counterweights.map(\.rawValue).joined(separator: ", ")))
            lines.append("Initiative: mentee \(share(mirror.initiative.menteeShare))" + (mirror.initiative.holder.map { " (\($0.rawValue))" } ?? ""))
            let calibration = mirror.calibration
            lines.append("Own estimate: " + (calibration.meanGapPoints.map { String(format: "%+.0f", $0) + " points against measured" } ?? "no estimate with a measured share")
                + (calibration.trend.map { ", \($0.rawValue)" } ?? "") + " (\(calibration.points.count) conversations)")
            let view = mirror.menteeView
            lines.append("Mentee's view: " + (view.shown ? "\(view.answers ?? 0) answers; room \((view.room ?? []).map(String.init).joined(separator: "/")), view and challenge \((view.challenge ?? []).map(String.init).joined(separator: "/")) (points 1-5)"
                                                         : "fewer than \(view.threshold) answers, not shown"))
            lines.append("Focus: " + (mirror.focus.map { "\($0.focus.rawValue) since \(formats.isoDay($0.since)), \($0.verdict.rawValue)" } ?? "none chosen")
                + (mirror.agreementPractice.departs ? "; the records differ from the agreement" : ""))
            lines.append("Stands out: " + (mirror.standsOut.isEmpty ? "nothing" : mirror.standsOut.map(\.kind.rawValue).joined(separator: ", ")))
        }
        return lines.joined(separator: "\n")
    }
}
