import Plot
import Foundation
import MentorCore

extension PersonalDataPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let profile = model.profile
        let words = Words(language: language, formats: viewer.formats)
        return Layout.page(viewer, title: T.myData(language), content: [
            .h1(.text(T.myData(language))),
            .p(.class("lead"), .text(T.myDataLead(language))),
            .p(.class("muted"), .text(T.timesIn(viewer.timeZone.identifier)(language))),
            .p(.a(.class("button"), .href(SiteURL.accountExportJSON.path), .text(T.downloadJSON(language)))),
            .h2(.text(T.account(language))),
            .ul(.class("list-plain"),
                item(T.name(language), profile.name), item(T.email(language), profile.email),
                item(T.organisationName(language), profile.organisation),
                item(T.yourRoles(language), profile.roles.map { Role(rawValue: $0).map { T.roleName($0)(language) } ?? $0 }.joined(separator: ", ")),
                item(T.language(language), profile.language.map { Language(rawValue: $0).map { T.languageName($0)(language) } ?? $0 } ?? "–"),
                item(T.practiceGroup(language), profile.practiceGroup), item(T.expertise(language), profile.expertise.joined(separator: ", ")),
                item(T.emailChoiceHeading(language), Self.emailChoice(profile.emailChoice)(language)),
                item(T.timeZone(language), profile.timeZone ?? T.firmTimeZone((viewer.firmTimeZone ?? viewer.timeZone).identifier)(language))),
            .forEach(model.pairs) { pairSection($0, words: words) },
            .h2(.text(T.pulse(language))),
            .ul(.forEach(model.pulseAnswers) { .li(.text("\(words.day($0.answeredAt)): \($0.value)/5 \($0.improvement)")) }),
            .h2(.text(T.reflectionsHeading(language))),
            .ul(.forEach(model.reflections) {
                .li(.text("\(words.day($0.from)) – \(words.day($0.to)): \($0.initiative) \($0.expectations) \($0.coreValues) \($0.learningGoals)"))
            }),
            .h2(.text(T.notifications(language))),
            .p(.text("\(model.notificationCount)")),
            .h2(.text(T.auditHeading(language))),
            .ul(.forEach(model.auditEntries) { .li(.text("\(words.day($0.at)): \(AuditWording.event(action: $0.action, entity: $0.entity)(language)) · \(AuditWording.detail($0.summary)(language))")) }),
        ])
    }

    /// The e-mail choice in the account page's words; an unknown key reads as "never", as `EmailChoice` would not mail it.
    static func emailChoice(_ stored: String) -> Text {
        switch EmailChoice(rawValue: stored) ?? .never {
        case .everyEvent: T.emailChoiceEveryEvent
        case .remindersOnly: T.emailChoiceRemindersOnly
        case .never: T.emailChoiceNever
        }
    }

    /// The stored keys (`active`, `held`, `mentee`) in the reader's language; the download keeps the keys.
    private struct Words {
        var language: Language
        var formats: Formats
        func day(_ date: Date?) -> String { date.map(formats.date) ?? "–" }
        func side(_ key: String) -> String { key == PairSide.mentor.rawValue ? T.mentor(language) : T.mentee(language) }
        func pairStatus(_ key: String) -> String { MentorshipStatus(rawValue: key).map { T.statusName($0)(language) } ?? key }
        func conversationStatus(_ key: String) -> String {
            ConversationStatus(rawValue: key).map { T.conversationStatus($0)(language) } ?? key
        }
        func goalStatus(_ key: String) -> String { GoalStatus(rawValue: key).map { T.goalStatus($0)(language) } ?? key }
        func pattern(_ key: String) -> String { AttitudePattern(rawValue: key).map { T.attitudePattern($0)(language) } ?? key }
        func effect(_ key: String) -> String { AttitudeEffect(rawValue: key).map { T.attitudeEffect($0)(language) } ?? key }
    }

    private static func item(_ label: String, _ value: String) -> Node<HTML.ListContext> {
        .li(.strong(.text(label + ": ")), .text(value))
    }

    private static func pairSection(_ pair: Model.Pair, words: Words) -> Node<HTML.BodyContext> {
        let language = words.language
        return .section(
            .h2(.text("\(pair.programme): \(pair.role == "mentor" ? T.mentor(language) : T.mentee(language)) · \(pair.otherPerson)")),
            .p(.class("muted"), .text("\(words.pairStatus(pair.status)) · \(words.day(pair.startedOn)) – \(words.day(pair.endedOn))")),
            .unwrap(pair.agreement) { agreement in
                .group(.h3(.text(T.agreement(language))),
                       .ul(.class("list-plain"),
                           item(T.menteeExpectations(language), agreement.menteeExpectations),
                           item(T.mentorExpectations(language), agreement.mentorExpectations),
                           item(T.confidentiality(language), agreement.confidentiality)))
            },
            .h3(.text(T.conversations(language))),
            .forEach(pair.conversations) { conversationCard($0, words: words) },
            .h3(.text(T.learningGoals(language))),
            .ul(.forEach(pair.goals) { goal in
                .li(.strong(.text(goal.title)), .text(" · \(words.goalStatus(goal.status)) "), .text(goal.description),
                    .ul(.forEach(goal.evidence) { .li(.text("\(words.day($0.conversationOn)): \($0.text)")) }))
            }))
    }

    private static func conversationCard(_ conversation: Model.Conversation, words: Words) -> Node<HTML.BodyContext> {
        let language = words.language, formats = words.formats
        let heading = " · \(words.conversationStatus(conversation.status)) · \(conversation.place)"
        return .div(
            .class("card"),
            .p(.strong(.text(formats.dateTime(conversation.scheduledAt))), .text(heading)),
            conversation.sharedNotes.isEmpty ? .empty : .p(.text(conversation.sharedNotes)),
            // Both are in the pair's mentor's data only (see `PersonalData.collect`).
            .unwrap(conversation.talkShareEstimate) {
                .p(.text(T.talkShareEstimate(language) + ": " + formats.number($0 * 100, fractionDigits: 0)))
            },
            .unwrap(conversation.privateNotes) { notes in
                notes.isEmpty ? .empty : .p(.em(.text(T.privateNotes(language) + ": ")), .text(notes))
            },
            .ul(.forEach(conversation.agenda) { .li(.text($0)) }),
            .ul(.forEach(conversation.actions) { .li(.text("\($0.text) (\(words.side($0.owner)))")) }),
            .ul(.forEach(conversation.valueScores) { .li(.text("\($0.value) \($0.score)/5: \($0.behaviour)")) }),
            .ul(.forEach(conversation.observations) { .li(.text("\(words.pattern($0.pattern)) (\(words.effect($0.effect))): \($0.note)")) }))
    }
}
